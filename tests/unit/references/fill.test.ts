import { describe, expect, it } from 'vitest';
import { fillBibtex, fillCslJson } from '../../../src/references/fill.ts';
import { parseBibliography } from '../../../src/lib/bibliography.ts';

describe('filling an entry in place', () => {
  it('adds to a one-line CSL-JSON entry on the same line, and fills an empty author list where it is', () => {
    const text = '[\n  { "id": "a", "type": "article-journal", "title": "T", "author": [], "DOI": "10.1000/a" },\n  { "id": "b", "type": "webpage", "title": "U", "URL": "https://example.org/" }\n]\n';
    const filled = fillCslJson(text, 'a', { author: [{ family: 'Smith', given: 'A.' }], volume: '3' });
    expect(filled).toBe('[\n  { "id": "a", "type": "article-journal", "title": "T", "author": [{"family":"Smith","given":"A."}], "DOI": "10.1000/a", "volume": "3" },\n  { "id": "b", "type": "webpage", "title": "U", "URL": "https://example.org/" }\n]\n');
    expect(parseBibliography('references.json', filled).entries.get('a')).toMatchObject({ volume: '3', author: [{ family: 'Smith', given: 'A.' }] });
  });

  it('finds the right CSL-JSON entry when a title mentions another key, and leaves strings with braces alone', () => {
    const text = '[\n  {\n    "id": "b",\n    "title": "On \\"id\\": \\"a\\" and {braces}",\n    "URL": "https://example.org/"\n  },\n  {\n    "id": "a",\n    "title": "T",\n    "DOI": "10.1000/a"\n  }\n]\n';
    const filled = fillCslJson(text, 'a', { PMID: '42' });
    expect(filled).toContain('    "DOI": "10.1000/a",\n    "PMID": "42"\n  }\n]');
    expect(filled.startsWith(text.slice(0, text.indexOf('  {\n    "id": "a"')))).toBe(true);
  });

  it('fills a BibTeX entry written with parentheses or a trailing comma, with -- page ranges and braced organisations', () => {
    const text = '@article(a,\n    title = {T {with} braces},\n    doi = {10.1000/a},\n)\n@misc{b, title = {U}}\n';
    const filled = fillBibtex(text, 'a', { author: [{ family: 'Smith', given: 'Anna' }, { literal: 'Widget Group' }], page: '1-9' });
    expect(filled).toBe('@article(a,\n    title = {T {with} braces},\n    doi = {10.1000/a},\n    author = {Smith, Anna and {Widget Group}},\n    pages = {1--9}\n)\n@misc{b, title = {U}}\n');
  });
});
