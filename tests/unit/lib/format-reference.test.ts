import { describe, expect, it } from 'vitest';
import { formatReference, shortReference } from '../../../src/lib/format-reference.ts';

describe('formatReference', () => {
  it('formats a journal article in Vancouver style and turns DOI and PMID into links', () => {
    const formatted = formatReference({
      id: 'kang1996',
      type: 'article-journal',
      title: 'Topical tretinoin (retinoic acid) improves early stretch marks',
      author: [{ family: 'Kang', given: 'S' }, { family: 'Kim', given: 'Kyung Jin' }],
      'container-title': 'Arch Dermatol',
      issued: { 'date-parts': [[1996]] },
      volume: '132',
      issue: '5',
      page: '519-526',
      DOI: '10.1001/archderm.1996.03890290053007',
      PMID: '8624148',
    });
    expect(formatted.text).toBe('Kang S, Kim KJ. Topical tretinoin (retinoic acid) improves early stretch marks. Arch Dermatol. 1996;132(5):519–26.');
    expect(formatted.links).toEqual([
      { label: 'DOI', value: '10.1001/archderm.1996.03890290053007', href: 'https://doi.org/10.1001/archderm.1996.03890290053007' },
      { label: 'PubMed', value: '8624148', href: 'https://pubmed.ncbi.nlm.nih.gov/8624148/' },
    ]);
  });

  it('shortens long author lists with "et al." as Vancouver style does', () => {
    const author = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((family) => ({ family, given: 'X' }));
    const { text } = formatReference({ id: 'x', type: 'article-journal', title: 'T', author, DOI: '10.1/x' });
    expect(text).toContain('A X, B X, C X, D X, E X, F X, et al.');
  });

  it('gives a web page its address as a link', () => {
    const { links } = formatReference({ id: 'w', type: 'webpage', title: 'Stretch marks', URL: 'https://www.nhs.uk/conditions/stretch-marks/' });
    expect(links).toEqual([{ label: 'Web', value: 'https://www.nhs.uk/conditions/stretch-marks/', href: 'https://www.nhs.uk/conditions/stretch-marks/' }]);
  });
});

describe('shortReference', () => {
  it('names a source by its first author, "et al." for more, and year; by its title when it has no author', () => {
    const issued = { 'date-parts': [[2016, 7]] };
    expect(shortReference({ id: 'a', type: 'article-journal', author: [{ family: 'El-Domyati', given: 'M' }, { family: 'Hosam', given: 'W' }], issued })).toBe('El-Domyati et al., 2016');
    expect(shortReference({ id: 'b', type: 'webpage', author: [{ literal: 'NHS' }], issued })).toBe('NHS, 2016');
    expect(shortReference({ id: 'c', type: 'webpage', title: 'Stretch marks: a very long page title that goes on and on for a while', issued })).toBe('Stretch marks: a very long page title that goes on and…, 2016');
  });
});
