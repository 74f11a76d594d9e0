import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../../src/lib/bibliography.ts';
import { findIncompleteReferences } from '../../../src/lib/bibliography-completeness.ts';

const complete = {
  id: 'kang1996',
  type: 'article-journal',
  title: 'Topical tretinoin (retinoic acid) improves early stretch marks',
  author: [{ family: 'Kang', given: 'S' }],
  issued: { 'date-parts': [[1996]] },
  'container-title': 'Archives of Dermatology',
  volume: '132',
  page: '519-526',
  PMID: '8624148',
};

function problemsOf(fields: Record<string, unknown>, remove: string[] = []) {
  const entry: Record<string, unknown> = { ...complete, ...fields };
  for (const field of remove) delete entry[field];
  const bibliography = parseBibliography('content/references.json', JSON.stringify([entry], null, 2));
  return findIncompleteReferences(bibliography);
}

describe('findIncompleteReferences', () => {
  it('accepts an entry with authors, year, title, journal, volume, pages and a PubMed ID', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('names the file, line and key of an entry without authors, and how to add an organisation', () => {
    const [problem] = problemsOf({}, ['author']);
    expect(problem).toMatchObject({ key: 'kang1996', field: 'author' });
    expect(problem?.message).toBe(
      'content/references.json:3: reference "kang1996" has no author.\n  Fix: Add "author": people as { "family", "given" }, or an organisation as { "literal": "World Health Organization" }.',
    );
  });

  it('accepts an institutional author', () => {
    expect(problemsOf({ author: [{ literal: 'NHS' }] })).toEqual([]);
  });

  it('reports a missing year', () => {
    expect(problemsOf({}, ['issued']).map((problem) => problem.field)).toEqual(['issued']);
    expect(problemsOf({}, ['issued'])[0]?.message).toMatch(/reference "kang1996" has no year\.\n  Fix: Add "issued"/);
  });

  it('dates an undated web page by the day it was read', () => {
    const page = { type: 'webpage', URL: 'https://www.nhs.uk/conditions/stretch-marks/', publisher: 'NHS', accessed: { 'date-parts': [[2026, 11, 30]] } };
    expect(problemsOf(page, ['issued', 'container-title', 'volume', 'page', 'PMID'])).toEqual([]);
    expect(problemsOf({ ...page, accessed: undefined }, ['issued', 'container-title', 'volume', 'page', 'PMID'])[0]?.message).toMatch(
      /has no year\.\n  Fix: .*for an undated page, "accessed" with the day you read it/,
    );
  });

  it('reports a placeholder title', () => {
    const [problem] = problemsOf({ title: 'TODO' });
    expect(problem?.field).toBe('title');
    expect(problem?.message).toMatch(/has a placeholder title "TODO"\.\n  Fix: Write the real title/);
  });

  it('reports a journal article without its journal', () => {
    const [problem] = problemsOf({}, ['container-title']);
    expect(problem?.field).toBe('container-title');
    expect(problem?.message).toMatch(/has no container: the journal, book or website it appeared in/);
  });

  it('asks a book for its publisher instead of a container', () => {
    const problems = problemsOf({ type: 'book' }, ['container-title']);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/has no publisher\.\n  Fix: Add "publisher"/)]);
    expect(problemsOf({ type: 'book', publisher: 'StatPearls Publishing' }, ['container-title'])).toEqual([]);
  });

  it('lets a web page name its site as container or publisher', () => {
    const page = { type: 'webpage', URL: 'https://www.nhs.uk/conditions/stretch-marks/' };
    expect(problemsOf({ ...page, publisher: 'NHS' }, ['container-title', 'volume', 'page', 'PMID'])).toEqual([]);
    expect(problemsOf(page, ['container-title', 'volume', 'page', 'PMID']).map((problem) => problem.field)).toEqual(['container-title']);
  });

  it('asks a journal article without a DOI for its volume and pages', () => {
    const [problem] = problemsOf({}, ['volume', 'page']);
    expect(problem?.field).toBe('volume, page');
    expect(problem?.message).toMatch(/is a journal article without a DOI and has no volume or page\.\n  Fix: Add the DOI, or the "volume" and "page"/);
    expect(problemsOf({ DOI: '10.1001/archderm.1996.03890290053007' }, ['volume', 'page'])).toEqual([]);
  });
});
