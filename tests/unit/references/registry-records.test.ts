import { describe, expect, it } from 'vitest';
import { parseCrossrefWork } from '../../../src/references/crossref.ts';
import { parsePubmedSummary } from '../../../src/references/pubmed.ts';
import { compareWithRegistry } from '../../../src/references/compare.ts';
import { lockRecordFrom, serializeLock } from '../../../src/references/lock.ts';
import { crossrefWork, pubmedRecord } from '../../helpers/registry-stand-in.ts';

describe('Crossref and PubMed records', () => {
  it('reads a Crossref work: title, years, authors, journal, locators and notices', () => {
    const work = parseCrossrefWork(
      crossrefWork({
        DOI: '10.1/x',
        type: 'journal-article',
        title: ['A  title\n split'],
        author: [{ family: 'Smith', given: 'Anna', sequence: 'first' }, { name: 'The Widget Group', sequence: 'additional' }],
        'container-title': ['Journal of Fixtures'],
        'short-container-title': ['J Fix'],
        issued: { 'date-parts': [[2020, 12]] },
        'published-print': { 'date-parts': [[2021, 1, 5]] },
        volume: '12',
        page: '1-9',
        'updated-by': [
          { type: 'expression_of_concern', DOI: '10.1/eoc', source: 'publisher', updated: { 'date-parts': [[2022, 2, 3]] } },
          { type: 'new_version', DOI: '10.1/v2', source: 'publisher' },
        ],
      }),
    );
    expect(work).toEqual({
      doi: '10.1/x',
      title: 'A title split',
      years: [2020, 2021],
      authors: [{ family: 'Smith', given: 'Anna' }, { literal: 'The Widget Group' }],
      journals: ['Journal of Fixtures', 'J Fix'],
      volume: '12',
      page: '1-9',
      types: ['journal-article'],
      notices: [{ kind: 'expression-of-concern', label: 'expression_of_concern', doi: '10.1/eoc', date: '2022-02-03', source: 'crossref' }],
    });
  });

  it('reads a PubMed summary, splitting "Family GI" names and keeping collective names whole', () => {
    const response = {
      result: {
        uids: ['1'],
        '1': pubmedRecord('1', {
          title: 'Gadgets.',
          pubdate: '2019 Dec 3',
          authors: [{ name: 'Tyler KL', authtype: 'Author', clusterid: '' }, { name: 'Widget Study Group', authtype: 'CollectiveName', clusterid: '' }],
          pubtype: ['Journal Article', 'Retracted Publication'],
          doi: '10.1/g',
        }),
      },
    };
    const work = parsePubmedSummary(response, '1')!;
    expect(work).toMatchObject({ title: 'Gadgets', years: [2019], doi: '10.1/g', pmid: '1', journals: ['Journal of fixtures', 'J Fixtures'] });
    expect(work.authors).toEqual([{ family: 'Tyler', given: 'K. L.' }, { literal: 'Widget Study Group' }]);
    expect(work.notices).toEqual([{ kind: 'retraction', label: 'Retracted Publication', source: 'pubmed' }]);
    expect(parsePubmedSummary({ result: { uids: [], '2': { uid: '2', error: 'cannot get document summary' } } }, '2')).toBeUndefined();
  });

  it('compares title, year, first author and journal, ignoring case, accents, markup and either printed year', () => {
    const work = parseCrossrefWork(crossrefWork({ title: ['<i>Widgets</i> in Adults.'], author: [{ family: 'Søren', given: 'A' }], 'container-title': ['The Journal of Fixtures & Gadgets'], issued: { 'date-parts': [[2020]] }, 'published-print': { 'date-parts': [[2021]] } }));
    const entry = { id: 'k', type: 'article-journal', title: 'Widgets in adults', author: [{ family: 'Soren' }], 'container-title': 'Journal of Fixtures and Gadgets', issued: { 'date-parts': [[2021]] } };
    expect(compareWithRegistry('k', entry, work, 'Crossref')).toEqual([]);
    const wrong = { ...entry, title: 'Gadgets in adults', author: [{ family: 'Jones' }], issued: { 'date-parts': [[2019]] }, 'container-title': 'Other Journal' };
    expect(compareWithRegistry('k', wrong, work, 'Crossref')).toEqual([
      { key: 'k', field: 'title', ours: 'Gadgets in adults', theirs: '<i>Widgets</i> in Adults.', registry: 'Crossref' },
      { key: 'k', field: 'year', ours: '2019', theirs: '2020 or 2021', registry: 'Crossref' },
      { key: 'k', field: 'first author', ours: 'Jones', theirs: 'Søren', registry: 'Crossref' },
      { key: 'k', field: 'journal', ours: 'Other Journal', theirs: 'The Journal of Fixtures & Gadgets', registry: 'Crossref' },
    ]);
  });

  it('serialises the lock with sorted keys at every level and a final newline', () => {
    const record = lockRecordFrom({ pmid: '1', doi: '10.1/x' }, '2026-12-07', parseCrossrefWork(crossrefWork({ title: ['T'], volume: '3' })));
    const text = serializeLock({ version: 1, references: { zeta: record, alpha: record } });
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).references)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(JSON.parse(text).references.alpha)).toEqual([...Object.keys(JSON.parse(text).references.alpha)].sort());
  });
});
