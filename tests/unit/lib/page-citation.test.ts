import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { formattedCitation, highwireTags, pageBibtex, pageCsl, pageRis, type PageCitationInput } from '../../../src/lib/page-citation.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('cite this page', () => {
  const input: PageCitationInput = {
    id: 'guides/widgets',
    title: 'Widgets {and} gadgets',
    url: 'https://example.org/articles/guides/widgets/',
    siteTitle: 'Widget Facts',
    publisher: 'Widget Facts team',
    language: 'en-GB',
    published: day('2026-01-10'),
    modified: day('2026-02-03'),
    creators: [{ kind: 'person', name: 'Jane Smith', family: 'Smith', given: 'Jane' }, { kind: 'organization', name: 'Widget Facts team' }],
  };

  it('gives Google Scholar and Zotero the Highwire tags, authors "Family, Given" and dates as YYYY/MM/DD', () => {
    expect(highwireTags(input)).toEqual([
      ['citation_title', 'Widgets {and} gadgets'],
      ['citation_author', 'Smith, Jane'],
      ['citation_author', 'Widget Facts team'],
      ['citation_publication_date', '2026/01/10'],
      ['citation_online_date', '2026/01/10'],
      ['citation_publisher', 'Widget Facts team'],
      ['citation_language', 'en-GB'],
      ['citation_fulltext_html_url', 'https://example.org/articles/guides/widgets/'],
    ]);
  });

  it('writes CSL-JSON and BibTeX that citation-js reads back with the same title, authors and address', () => {
    const csl = pageCsl(input);
    const fromJson = new Cite(JSON.parse(JSON.stringify([csl]))).data[0];
    expect(fromJson).toMatchObject({ type: 'webpage', title: 'Widgets {and} gadgets', URL: input.url, author: [{ family: 'Smith', given: 'Jane' }, { literal: 'Widget Facts team' }] });
    const fromBibtex = new Cite(pageBibtex(input)).data[0];
    expect(fromBibtex).toMatchObject({ title: 'Widgets {and} gadgets', URL: input.url, author: [{ family: 'Smith', given: 'Jane' }, { family: 'Widget Facts team' }] });
  });

  it('writes RIS as EndNote does: one tag a line, TY first, ER last', () => {
    const lines = pageRis(input).split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('AU  - Smith, Jane');
    expect(lines).toContain('UR  - https://example.org/articles/guides/widgets/');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.slice(0, -1).every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it('formats a citation to copy in the reference lists\u2019 style, with the date of the last change', () => {
    expect(
      formattedCitation(input, { internet: '[Internet]', updated: 'updated', availableFrom: 'Available from:', formatDate: (date) => date.toISOString().slice(0, 10) }),
    ).toBe(
      'Jane Smith, Widget Facts team. Widgets {and} gadgets [Internet]. Widget Facts: Widget Facts team; 2026-01-10 [updated 2026-02-03]. Available from: https://example.org/articles/guides/widgets/',
    );
  });
});
