import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBibliography, parseBibliography } from '../../../src/lib/bibliography.ts';

const entry = ({ id, ...fields }: Record<string, unknown>) => ({ id, type: 'article-journal', title: 'A trial', DOI: '10.1000/x.1', ...fields });
const json = (entries: unknown[]) => JSON.stringify(entries, null, 2);

describe('parseBibliography (CSL-JSON)', () => {
  it('reads entries by key and knows the line each key is on', () => {
    const bibliography = parseBibliography('references.json', json([entry({ id: 'a2020' }), entry({ id: 'b2021', PMID: '123' })]));
    expect([...bibliography.entries.keys()]).toEqual(['a2020', 'b2021']);
    expect(bibliography.lineOf('b2021')).toBe(9);
  });

  it('fails on a duplicate key, naming both lines', () => {
    expect(() => parseBibliography('content/references.json', json([entry({ id: 'a2020' }), entry({ id: 'a2020' })]))).toThrow(
      'content/references.json:9: Duplicate reference key "a2020" (also on line 3).',
    );
  });

  it('fails on a malformed DOI and says what a DOI looks like', () => {
    expect(() => parseBibliography('references.json', json([entry({ id: 'a2020', DOI: 'https://doi.org/10.1000/x' })]))).toThrow(
      /references.json:3: Reference "a2020" has a malformed DOI "https:\/\/doi.org\/10.1000\/x".\n  Fix: Use a DOI such as "10.1001\/archderm.1996.03890290053007" \(without "https:\/\/doi.org\/"\)/,
    );
  });

  it('fails on a malformed PMID', () => {
    expect(() => parseBibliography('references.json', json([entry({ id: 'a2020', PMID: 'PMID 123' })]))).toThrow(
      'references.json:3: Reference "a2020" has a malformed PMID "PMID 123".',
    );
  });

  it('fails on an entry readers could not find: no DOI, PMID or URL', () => {
    expect(() => parseBibliography('references.json', json([{ id: 'a2020', type: 'book', title: 'A book' }]))).toThrow(
      /has no DOI, PMID or URL/,
    );
  });

  it('fails on keys that could not be cited with [@key]', () => {
    expect(() => parseBibliography('references.json', json([entry({ id: 'a 2020' })]))).toThrow(/the key may only contain/);
  });

  it('fails on invalid JSON with the line of the syntax error', () => {
    expect(() => parseBibliography('references.json', '[\n  { "id": "a" \n  "x": 1 }\n]')).toThrow(/references.json:\d+: This is not valid JSON/);
  });
});

describe('parseBibliography (BibTeX)', () => {
  it('reads BibTeX as exported by reference managers, with DOI and PMID', () => {
    const bibliography = parseBibliography(
      'references.bib',
      '@article{kang1996,\n  title = {Topical tretinoin improves early stretch marks},\n  author = {Kang, S.},\n  journal = {Arch Dermatol},\n  year = {1996},\n  doi = {10.1001/archderm.1996.03890290053007}\n}\n',
    );
    expect(bibliography.entries.get('kang1996')?.DOI).toBe('10.1001/archderm.1996.03890290053007');
  });

  it('fails on a duplicate BibTeX key with its line', () => {
    const item = (line: string) => `@article{dup,\n  title = {${line}},\n  doi = {10.1000/x.1}\n}\n`;
    expect(() => parseBibliography('references.bib', item('One') + item('Two'))).toThrow('references.bib:5: Duplicate reference key "dup"');
  });
});

describe('parseBibliography keeps PubMed identifiers from BibTeX', () => {
  it('keeps pmid and pmcid, which citation-js alone drops, so BibTeX sites get PubMed links', () => {
    const bibliography = parseBibliography(
      'references.bib',
      '@article{kang1996,\n  title = {Topical tretinoin improves early stretch marks},\n  author = {Kang, S.},\n  journal = {Arch Dermatol},\n  year = {1996},\n  pmid = {8624148},\n  pmcid = {PMC3225536}\n}\n',
    );
    expect(bibliography.entries.get('kang1996')).toMatchObject({ PMID: '8624148', PMCID: 'PMC3225536' });
  });

  it('still checks a BibTeX PMID like a CSL-JSON one', () => {
    expect(() => parseBibliography('references.bib', '@article{a,\n  title = {T},\n  pmid = {PMID 1}\n}\n')).toThrow(
      'references.bib:1: Reference "a" has a malformed PMID "PMID 1".',
    );
  });
});

describe('loadBibliography', () => {
  it('refuses a content folder with both references.json and references.bib instead of ignoring one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bib-'));
    writeFileSync(join(dir, 'references.json'), '[]');
    writeFileSync(join(dir, 'references.bib'), '');
    expect(() => loadBibliography([join(dir, 'references.json'), join(dir, 'references.bib')])).toThrow(
      /references\.bib: Two bibliographies: references\.json and references\.bib are both in the content folder\.\n  Fix: Keep one: merge the entries into references\.json and delete references\.bib/,
    );
  });
});

describe('study design and kept retractions in the bibliography', () => {
  it('carries BibTeX design and keepretracted into CSL custom, as CSL-JSON writes them', () => {
    const bib = parseBibliography('references.bib', '@article{a,\n  title = {T},\n  doi = {10.1000/a},\n  design = {cohort},\n  keepretracted = {Discussed as a warning}\n}\n');
    expect(bib.entries.get('a')?.['custom']).toEqual({ design: 'cohort', keepRetracted: 'Discussed as a warning' });
    const json = parseBibliography('references.json', JSON.stringify([{ id: 'b', type: 'article-journal', title: 'T', DOI: '10.1000/b', custom: { design: 'randomised-trial' } }]));
    expect(json.entries.get('b')?.['custom']).toEqual({ design: 'randomised-trial' });
  });
});
