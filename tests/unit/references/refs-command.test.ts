import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refsCommand } from '../../../src/cli/refs.ts';
import { parseBibliography } from '../../../src/lib/bibliography.ts';
import { crossrefWork, pubmedRecord, startRegistryStandIn } from '../../helpers/registry-stand-in.ts';

const normal = crossrefWork({
  DOI: '10.1000/normal',
  type: 'journal-article',
  title: ['Widgets in adults: a randomised trial'],
  author: [
    { given: 'Anna', family: 'Smith', sequence: 'first', affiliation: [] },
    { given: 'Ben', family: 'Jones', sequence: 'additional', affiliation: [] },
  ],
  'container-title': ['Journal of Fixtures'],
  'short-container-title': ['J Fixtures'],
  issued: { 'date-parts': [[2020, 3, 1]] },
  'published-print': { 'date-parts': [[2020, 3]] },
  volume: '12',
  issue: '3',
  page: '100-110',
});
const retracted = crossrefWork({
  DOI: '10.1000/retracted',
  type: 'journal-article',
  title: ['Gadgets cure everything'],
  author: [{ given: 'Carl', family: 'Faker', sequence: 'first', affiliation: [] }],
  'container-title': ['Journal of Fixtures'],
  issued: { 'date-parts': [[2018]] },
  'updated-by': [
    { updated: { 'date-parts': [[2021, 5, 4]], 'date-time': '2021-05-04T00:00:00Z', timestamp: 1620086400000 }, DOI: '10.1000/retraction-notice', type: 'retraction', source: 'retraction-watch', label: 'Retraction', 'record-id': '12345' },
    { updated: { 'date-parts': [[2021, 5, 4]], 'date-time': '2021-05-04T00:00:00Z', timestamp: 1620086400000 }, DOI: '10.1000/retraction-notice', type: 'retraction', source: 'publisher', label: 'Retraction' },
  ],
});
const corrected = crossrefWork({
  DOI: '10.1000/corrected',
  type: 'journal-article',
  title: ['Doohickeys and sleep'],
  author: [{ given: 'Dana', family: 'Lee', sequence: 'first', affiliation: [] }],
  'container-title': ['Sleep Letters'],
  issued: { 'date-parts': [[2019]] },
  'updated-by': [{ updated: { 'date-parts': [[2019, 9, 1]] }, DOI: '10.1000/erratum', type: 'correction', source: 'publisher', label: 'Correction' }],
});
const notice = crossrefWork({
  DOI: '10.1000/retraction-notice',
  type: 'journal-article',
  title: ['Retraction notice to: Gadgets cure everything'],
  'container-title': ['Journal of Fixtures'],
  issued: { 'date-parts': [[2021, 5, 4]] },
  'update-to': [{ updated: { 'date-parts': [[2021, 5, 4]] }, DOI: '10.1000/retracted', type: 'retraction', source: 'publisher', label: 'Retraction' }],
});
const mismatch = crossrefWork({
  DOI: '10.1000/mismatch',
  type: 'journal-article',
  title: ['Thingamajigs in older adults'],
  author: [{ given: 'Eve', family: 'Park', sequence: 'first', affiliation: [] }],
  'container-title': ['Journal of Fixtures'],
  issued: { 'date-parts': [[2021]] },
});

let standIn: Awaited<ReturnType<typeof startRegistryStandIn>>;
beforeAll(async () => {
  standIn = await startRegistryStandIn({
    crossref: { '10.1000/normal': normal, '10.1000/retracted': retracted, '10.1000/corrected': corrected, '10.1000/mismatch': mismatch, '10.1000/retraction-notice': notice },
    pubmed: {
      '11111111': pubmedRecord('11111111', {
        title: 'Widgets in adults: a randomised trial.',
        pubdate: '2020 Mar',
        authors: [{ name: 'Smith A', authtype: 'Author', clusterid: '' }, { name: 'Jones B', authtype: 'Author', clusterid: '' }],
        fulljournalname: 'Journal of fixtures',
        volume: '12',
        issue: '3',
        pages: '100-110',
        pubtype: ['Journal Article', 'Randomized Controlled Trial'],
        doi: '10.1000/normal',
      }),
      '22222222': pubmedRecord('22222222', { title: 'Gadgets cure everything.', pubdate: '2018', authors: [{ name: 'Faker C', authtype: 'Author', clusterid: '' }], pubtype: ['Journal Article', 'Retracted Publication'], doi: '10.1000/retracted' }),
    },
    hang: ['10.1000/slow'],
  });
});
afterAll(() => standIn.close());

function site(bibliographyName: string, bibliography: string, contact = 'editor@example.org'): { root: string; bibliography: string } {
  const root = mkdtempSync(join(tmpdir(), 'refs-site-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'site.config.mjs'), `export default { title: 'T', description: 'D', url: 'https://example.org', references: { contact: '${contact}' } };\n`);
  writeFileSync(join(root, 'content', bibliographyName), bibliography);
  return { root, bibliography: join(root, 'content', bibliographyName) };
}

async function run(root: string, args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void out.push(parts.join(' ')));
  try {
    const code = await refsCommand(args, root, {
      CROSSREF_API_URL: standIn.crossrefUrl,
      NCBI_EUTILS_URL: standIn.ncbiUrl,
      EVIDENCE_REFS_CACHE_DIR: join(root, '.refs-cache'),
      EVIDENCE_REFS_TIMEOUT_MS: '500',
      ...env,
    });
    return { code, output: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const cslEntries = [
  { id: 'normal2020', type: 'article-journal', title: 'Widgets in adults: a randomised trial', author: [{ family: 'Smith', given: 'Anna' }], 'container-title': 'Journal of Fixtures', issued: { 'date-parts': [[2020]] }, volume: '12', page: '100-110', DOI: '10.1000/normal', PMID: '11111111' },
  { id: 'retracted2018', type: 'article-journal', title: 'Gadgets cure everything', author: [{ family: 'Faker', given: 'Carl' }], 'container-title': 'Journal of Fixtures', issued: { 'date-parts': [[2018]] }, DOI: '10.1000/retracted' },
  { id: 'corrected2019', type: 'article-journal', title: 'Doohickeys and sleep', author: [{ family: 'Lee', given: 'Dana' }], 'container-title': 'Sleep Letters', issued: { 'date-parts': [[2019]] }, DOI: '10.1000/corrected' },
  { id: 'mismatch2021', type: 'article-journal', title: 'Thingamajigs in young adults', author: [{ family: 'Park', given: 'Eve' }], 'container-title': 'Journal of Fixtures', issued: { 'date-parts': [[2021]] }, DOI: '10.1000/mismatch' },
  { id: 'missing2022', type: 'article-journal', title: 'A paper nobody registered', author: [{ family: 'Nobody' }], 'container-title': 'Journal of Fixtures', issued: { 'date-parts': [[2022]] }, DOI: '10.1000/missing' },
  { id: 'web', type: 'webpage', title: 'A page', URL: 'https://example.org/page' },
];

describe('evidence-site refs verify against a stand-in for Crossref and PubMed', () => {
  it('reports a mismatched title with file:line, key and both values, and an unknown DOI, and exits non-zero', async () => {
    const { root } = site('references.json', JSON.stringify(cslEntries, null, 2));
    const { code, output } = await run(root, ['verify']);
    expect(code).toBe(1);
    expect(output).toMatch(/content\/references\.json:\d+: "mismatch2021": title differs from Crossref\.\n {2}bibliography: Thingamajigs in young adults\n {2}Crossref {4}: Thingamajigs in older adults/);
    expect(output).toMatch(/content\/references\.json:\d+: "missing2022": DOI 10\.1000\/missing is not registered at Crossref\./);
    expect(output).not.toMatch(/"normal2020": \w+ differs/);
  });

  it('writes a lock with sorted keys, publication types, design and retraction and correction status', async () => {
    const { root } = site('references.json', JSON.stringify(cslEntries, null, 2));
    const { output } = await run(root, ['verify']);
    expect(output).toMatch(/"retracted2018" is retracted: retraction 10\.1000\/retraction-notice \(2021-05-04\), from retraction-watch/);
    const text = readFileSync(join(root, 'content', 'references.lock.json'), 'utf8');
    const lock = JSON.parse(text);
    expect(Object.keys(lock.references)).toEqual(['corrected2019', 'mismatch2021', 'normal2020', 'retracted2018']);
    expect(lock.references.normal2020).toMatchObject({ doi: '10.1000/normal', pmid: '11111111', design: 'randomised-trial', status: 'ok', registries: ['crossref', 'pubmed'] });
    expect(lock.references.normal2020.publicationTypes).toEqual(['Journal Article', 'Randomized Controlled Trial']);
    expect(lock.references.retracted2018.status).toBe('retracted');
    expect(lock.references.corrected2019).toMatchObject({ status: 'corrected', notices: [{ kind: 'correction', doi: '10.1000/erratum', date: '2019-09-01', source: 'crossref' }] });
    expect(lock.references.normal2020.fetched).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Stable: a second run (from the cache) writes the same bytes.
    await run(root, ['verify']);
    expect(readFileSync(join(root, 'content', 'references.lock.json'), 'utf8')).toBe(text);
  });

  it('says when a cited DOI is itself a retraction notice', async () => {
    const { root } = site('references.json', JSON.stringify([{ id: 'notice2021', type: 'article-journal', title: 'Retraction notice to: Gadgets cure everything', 'container-title': 'Journal of Fixtures', issued: { 'date-parts': [[2021]] }, DOI: '10.1000/retraction-notice' }], null, 2));
    const { output } = await run(root, ['verify']);
    expect(output).toMatch(/content\/references\.json:\d+: "notice2021" is itself a retraction notice for 10\.1000\/retracted: cite the work it concerns/);
    const lock = JSON.parse(readFileSync(join(root, 'content', 'references.lock.json'), 'utf8'));
    expect(lock.references.notice2021.noticeFor).toEqual([{ kind: 'retraction', label: 'retraction', doi: '10.1000/retracted', date: '2021-05-04', source: 'crossref' }]);
  });

  it('names itself with the contact address to both services, and sends NCBI its tool and email', async () => {
    const { root } = site('references.json', JSON.stringify([cslEntries[0]], null, 2), 'refs@example.org');
    standIn.requests.length = 0;
    await run(root, ['verify']);
    const agents = standIn.requests.map((request) => request.headers['user-agent']);
    expect(agents.length).toBeGreaterThan(1);
    for (const agent of agents) expect(agent).toMatch(/^evidence-site\/\d+\.\d+\.\d+ \(mailto:refs@example\.org\)$/);
    const eutils = standIn.requests.filter((request) => request.url?.startsWith('/eutils/')).map((request) => new URL(request.url!, 'http://x').searchParams);
    expect(eutils.every((params) => params.get('tool') === 'evidence-site' && params.get('email') === 'refs@example.org')).toBe(true);
  });

  it('--fill completes a CSL-JSON entry in place and says what it added, leaving the other entries as written', async () => {
    const before = [
      '[',
      '  { "id": "web", "type": "webpage", "title": "A page", "URL": "https://example.org/page" },',
      '  {',
      '    "id": "normal2020",',
      '    "type": "article-journal",',
      '    "title": "Widgets in adults: a randomised trial",',
      '    "container-title": "Journal of Fixtures",',
      '    "issued": { "date-parts": [[2020]] },',
      '    "DOI": "10.1000/normal"',
      '  }',
      ']',
      '',
    ].join('\n');
    const { root, bibliography } = site('references.json', before);
    const { code, output } = await run(root, ['verify', '--fill']);
    expect(code).toBe(0);
    expect(output).toMatch(/content\/references\.json:4: "normal2020": added author \(2\), volume 12, page 100-110, PMID 11111111\./);
    const after = readFileSync(bibliography, 'utf8');
    expect(after.split('\n').slice(0, 9)).toEqual(before.split('\n').slice(0, 9).map((line, index) => (index === 8 ? `${line},` : line)));
    const entry = parseBibliography(bibliography, after).entries.get('normal2020')!;
    expect(entry['author']).toEqual([{ family: 'Smith', given: 'Anna' }, { family: 'Jones', given: 'Ben' }]);
    expect(entry).toMatchObject({ volume: '12', page: '100-110', PMID: '11111111' });
    const lock = JSON.parse(readFileSync(join(root, 'content', 'references.lock.json'), 'utf8'));
    expect(lock.references.normal2020.pmid).toBe('11111111');
  });

  it('--fill completes a BibTeX entry in place, in BibTeX', async () => {
    const before = '@article{normal2020,\n  title = {Widgets in adults: a randomised trial},\n  journal = {Journal of Fixtures},\n  year = {2020},\n  pmid = {11111111}\n}\n\n@misc{web,\n  title = {A page},\n  url = {https://example.org/page}\n}\n';
    const { root, bibliography } = site('references.bib', before);
    const { code, output } = await run(root, ['verify', '--fill']);
    expect(code).toBe(0);
    expect(output).toMatch(/content\/references\.bib:1: "normal2020": added author \(2\), volume 12, page 100-110, DOI 10\.1000\/normal\./);
    const after = readFileSync(bibliography, 'utf8');
    expect(after).toContain('  pmid = {11111111},\n  author = {Smith, Anna and Jones, Ben},\n  volume = {12},\n  pages = {100--110},\n  doi = {10.1000/normal}\n}\n\n@misc{web,');
    const entry = parseBibliography(bibliography, after).entries.get('normal2020')!;
    expect(entry).toMatchObject({ volume: '12', page: '100-110', DOI: '10.1000/normal' });
  });

  it('without --fill only suggests what it could add, and leaves the bibliography untouched', async () => {
    const text = JSON.stringify([{ ...cslEntries[0], volume: undefined, PMID: undefined }], null, 2);
    const { root, bibliography } = site('references.json', text);
    const { output } = await run(root, ['verify']);
    expect(output).toMatch(/"normal2020": could add volume 12, PMID 11111111\./);
    expect(readFileSync(bibliography, 'utf8')).toBe(text);
  });

  it('when Crossref does not answer in time, says so, exits non-zero and changes nothing', async () => {
    const text = JSON.stringify([{ ...cslEntries[0], DOI: '10.1000/slow', PMID: undefined, volume: undefined }], null, 2);
    const { root, bibliography } = site('references.json', text);
    const { code, output } = await run(root, ['verify', '--fill']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/^could not reach Crossref; nothing changed \(127\.0\.0\.1:\d+: no answer within 0\.5 s\)\.$/m);
    expect(readFileSync(bibliography, 'utf8')).toBe(text);
    expect(existsSync(join(root, 'content', 'references.lock.json'))).toBe(false);
  });

  it('when NCBI refuses for its rate limit, says it could not reach NCBI and changes nothing', async () => {
    const refusing = await startRegistryStandIn({ crossref: { '10.1000/normal': normal }, pubmed: {}, ncbiRefuses: true });
    try {
      const text = JSON.stringify([cslEntries[0]], null, 2);
      const { root, bibliography } = site('references.json', text);
      const { code, output } = await run(root, ['verify'], { CROSSREF_API_URL: refusing.crossrefUrl, NCBI_EUTILS_URL: refusing.ncbiUrl });
      expect(code).toBe(1);
      expect(output).toMatch(/could not reach NCBI; nothing changed \(127\.0\.0\.1:\d+ answered "API rate limit exceeded"\)\./);
      expect(readFileSync(bibliography, 'utf8')).toBe(text);
      expect(existsSync(join(root, 'content', 'references.lock.json'))).toBe(false);
    } finally {
      await refusing.close();
    }
  });

  it('offline (nothing listening), says it could not reach Crossref, exits non-zero and changes nothing', async () => {
    const text = JSON.stringify(cslEntries, null, 2);
    const { root, bibliography } = site('references.json', text);
    writeFileSync(join(root, 'content', 'references.lock.json'), '{"version":1,"references":{}}\n');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { code, output } = await run(root, ['verify', '--fill'], { CROSSREF_API_URL: `http://127.0.0.1:${port}/crossref` });
    expect(code).toBe(1);
    expect(output).toMatch(/could not reach Crossref; nothing changed \(127\.0\.0\.1:\d+: ECONNREFUSED\)\./);
    expect(readFileSync(bibliography, 'utf8')).toBe(text);
    expect(readFileSync(join(root, 'content', 'references.lock.json'), 'utf8')).toBe('{"version":1,"references":{}}\n');
  });
});
