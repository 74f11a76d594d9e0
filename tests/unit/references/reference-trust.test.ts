import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkReferenceTrust } from '../../../src/integrations/content-checks.ts';

const entries = [
  { id: 'trial', type: 'article-journal', title: 'A trial', DOI: '10.1000/trial', custom: { design: 'randomised-trial' } },
  { id: 'gone', type: 'article-journal', title: 'A retracted study', DOI: '10.1000/gone' },
  { id: 'cohort', type: 'article-journal', title: 'A cohort', PMID: '123', custom: { design: 'cohort' } },
  { id: 'web', type: 'webpage', title: 'A page', URL: 'https://example.org/', custom: { design: 'expert-page' } },
];
const record = (fields: Record<string, unknown>) => ({ fetched: '2026-12-01', registries: ['crossref'], authors: [], publicationTypes: [], status: 'ok', notices: [], ...fields });
const retractedLock = {
  version: 1,
  references: {
    trial: record({ doi: '10.1000/trial' }),
    gone: record({ doi: '10.1000/gone', status: 'retracted', notices: [{ kind: 'retraction', label: 'retraction', doi: '10.1000/notice', date: '2021-05-04', source: 'retraction-watch' }] }),
    cohort: record({ pmid: '123' }),
  },
};

function content(article: string, bibliography: unknown[] = entries, lock: unknown = retractedLock) {
  const root = mkdtempSync(join(tmpdir(), 'trust-'));
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'articles', 'a.mdx'), article);
  writeFileSync(join(root, 'references.json'), JSON.stringify(bibliography, null, 2));
  if (lock) writeFileSync(join(root, 'references.lock.json'), JSON.stringify(lock));
  return { articles: join(root, 'articles'), candidates: [join(root, 'references.json'), join(root, 'references.bib')] };
}
const warnModes = { referencesUnverified: 'warn', gradeInconsistent: 'warn' } as const;
const article = (claims: string, body = 'Text.') => `---\ntitle: T\nclaims:\n${claims}---\n\n${body}\n`;

describe('references checked against the lock at build', () => {
  it('fails on a citation of a retracted work, naming the article line, the key and how to keep it on purpose', () => {
    const { articles, candidates } = content(article('', 'Intro.\nA finding [@trial; @gone].'));
    expect(() => checkReferenceTrust(articles, candidates, warnModes, { warn: vi.fn() })).toThrow(
      /1 citation\(s\) of retracted work:\n.*articles\/a\.mdx:7: cites "gone", which has been retracted \(notice 10\.1000\/notice, 2021-05-04, reported by retraction-watch\)\.\n {2}Fix: .*references\.json:\d+: "custom": \{ "keepRetracted": "why it is still cited" \}/,
    );
  });

  it('lets a retracted work stay cited when the entry states why', () => {
    const kept = entries.map((entry) => (entry.id === 'gone' ? { ...entry, custom: { keepRetracted: 'We discuss why it was retracted.' } } : entry));
    const { articles, candidates } = content(article('', 'A finding [@gone].'), kept);
    expect(() => checkReferenceTrust(articles, candidates, warnModes, { warn: vi.fn() })).not.toThrow();
  });

  it('gives one notice, not one per entry, when there is no lock at all', () => {
    const { articles, candidates } = content(article('', 'A finding [@trial].'), entries, null);
    const logger = { warn: vi.fn() };
    checkReferenceTrust(articles, candidates, warnModes, logger);
    const unverified = logger.warn.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('Unverified reference'));
    expect(unverified).toEqual([expect.stringMatching(/references\.json: 3 reference\(s\) with a DOI or PMID have not been checked against Crossref and PubMed \(no references\.lock\.json\)\.\n {2}Fix: Run `npx evidence-site refs verify`/)]);
  });

  it('warns about an entry missing from the lock or whose DOI changed since, and fails with referencesUnverified: "fail"', () => {
    const changed = entries.map((entry) => (entry.id === 'trial' ? { ...entry, DOI: '10.1000/trial-v2' } : entry)).concat({ id: 'new', type: 'article-journal', title: 'New', DOI: '10.1000/new' } as never);
    const { articles, candidates } = content(article(''), changed);
    const logger = { warn: vi.fn() };
    checkReferenceTrust(articles, candidates, warnModes, logger);
    const messages = logger.warn.mock.calls.map(([message]) => String(message));
    expect(messages).toContainEqual(expect.stringMatching(/references\.json:\d+: reference "trial" has DOI 10\.1000\/trial-v2, but references\.lock\.json verified DOI 10\.1000\/trial\./));
    expect(messages).toContainEqual(expect.stringMatching(/references\.json:\d+: reference "new" is not in references\.lock\.json\./));
    expect(() => checkReferenceTrust(articles, candidates, { ...warnModes, referencesUnverified: 'fail' }, logger)).toThrow(/editorial\.referencesUnverified is "fail"/);
  });

  it('warns when a claim is graded high on a cohort study or a web page alone, naming line, claim and designs', () => {
    const claims = [
      '  - claim: Widgets cure acne.',
      '    certainty: high',
      '    refs: [cohort]',
      '  - claim: Wear a hat.',
      '    certainty: moderate',
      '    refs: [web]',
      '  - claim: Widgets help a little.',
      '    certainty: moderate',
      '    refs: [trial, cohort]',
      '',
    ].join('\n');
    const { articles, candidates } = content(article(claims));
    const logger = { warn: vi.fn() };
    checkReferenceTrust(articles, candidates, warnModes, logger);
    const messages = logger.warn.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('Certainty'));
    expect(messages).toEqual([
      expect.stringMatching(/^Certainty does not fit the sources: .*articles\/a\.mdx:4: claim "Widgets cure acne\." is graded high, but observational studies alone start at low certainty\.\n {2}Sources: cohort \(cohort\)\.\n {2}Fix: Grade it low/),
      expect.stringMatching(/articles\/a\.mdx:7: claim "Wear a hat\." is graded moderate, but it rests only on guidance or expert pages, which GRADE does not rate\.\n {2}Sources: web \(expert-page\)\.\n {2}Fix: Use certainty: expert-advice/),
    ]);
    expect(() => checkReferenceTrust(articles, candidates, { ...warnModes, gradeInconsistent: 'fail' }, logger)).toThrow(/editorial\.gradeInconsistent is "fail"/);
  });

  it('names a declared design that is not a study design, with the closest one', () => {
    const typo = entries.map((entry) => (entry.id === 'cohort' ? { ...entry, custom: { design: 'randomized-trial' } } : entry));
    const { articles, candidates } = content(article(''), typo);
    const logger = { warn: vi.fn() };
    checkReferenceTrust(articles, candidates, warnModes, logger);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/^Unknown study design: .*references\.json:\d+: reference "cohort" has the design "randomized-trial", which is not a study design\.\n {2}Fix: did you mean "randomised-trial"\? Use one of: systematic-review, /));
  });

  it('takes a design from the lock\'s publication types when the entry declares none', () => {
    const lock = { ...retractedLock, references: { ...retractedLock.references, gone: record({ doi: '10.1000/gone', design: 'meta-analysis' }) } };
    const { articles, candidates } = content(article('  - claim: Gadgets work.\n    certainty: high\n    refs: [gone]\n'), entries, lock);
    const logger = { warn: vi.fn() };
    checkReferenceTrust(articles, candidates, warnModes, logger);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
