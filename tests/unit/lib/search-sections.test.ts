import { describe, expect, it } from 'vitest';
import { headingPath, matchedWord, rankSections, type PageHit } from '../../../src/lib/search-sections.ts';

// A page as Pagefind's data() gives it: words by position, anchors, sub-results with matches.
function page(url: string, score: number, words: string, sections: Array<{ id?: string; element?: string; at: number; title: string; matches: Array<[number, number]> }>): PageHit {
  const anchors = sections.filter((section) => section.id).map((section) => ({ element: section.element ?? 'h2', id: section.id!, text: section.title, location: section.at }));
  return {
    score,
    data: {
      url,
      meta: { title: url },
      anchors,
      raw_content: words,
      sub_results: sections.map((section) => ({
        title: section.title,
        url: section.id ? `${url}#${section.id}` : url,
        ...(section.id ? { anchor: anchors.find((anchor) => anchor.id === section.id)! } : {}),
        weighted_locations: section.matches.map(([location, weight]) => ({ location, weight, balanced_score: 100 * weight * weight })),
        excerpt: section.title,
      })),
    },
  };
}

describe('section ranking', () => {
  it('ties a matched page word to the query word it stands for, by their shared start', () => {
    expect(matchedWord('Pregnancy.', ['pregnant', 'cream'])).toBe('pregnant');
    expect(matchedWord('marks,', ['mark', 'stretch'])).toBe('mark');
    expect(matchedWord('the', ['mark'])).toBeUndefined();
  });

  it('names a section by the headings above it', () => {
    const anchors = [{ element: 'h2', id: 'lasers', text: 'Lasers', location: 0 }, { element: 'h3', id: 'fractional', text: 'Fractional lasers', location: 10 }];
    expect(headingPath({ title: 'Fractional lasers', url: '#fractional', anchor: anchors[1]!, weighted_locations: [], excerpt: '' }, anchors)).toEqual(['Lasers', 'Fractional lasers']);
    expect(headingPath({ title: 'Top', url: '', weighted_locations: [], excerpt: '' }, anchors)).toEqual([]);
  });

  it('ranks a page whose one section has every query word above a page that repeats one of them everywhere', () => {
    // Page A mentions "pregnancy" in many sections but never with "treatment"; page B has one section with both.
    const a = page('/a/', 1, 'pregnancy x pregnancy x pregnancy x pregnancy x treatment', [
      { id: 'one', at: 0, title: 'One', matches: [[0, 1], [2, 1]] },
      { id: 'two', at: 4, title: 'Two', matches: [[4, 1], [6, 1]] },
      { id: 'three', at: 8, title: 'Three', matches: [[8, 1]] },
    ]);
    const b = page('/b/', 0.6, 'intro treatment x x pregnancy treatment', [
      { at: 0, title: 'B', matches: [[1, 1]] },
      { id: 'who-should-wait', at: 3, title: 'Who should wait', matches: [[4, 1], [5, 1]] },
    ]);
    const ranked = rankSections([a, b], [['pregnancy', 'treatment']]);
    expect(ranked.map((result) => result.url)).toEqual(['/b/#who-should-wait', '/a/#one']);
  });

  it('prefers the section whose heading names the query word over key points that mention it, one result per page', () => {
    const hit = page('/p/', 1, 'key suction x x suction x x x', [
      { id: 'key-points', at: 0, title: 'Key points', matches: [[1, 3]] },
      { id: 'suction', at: 4, title: 'What the suction does', matches: [[4, 6]] },
    ]);
    const [result, ...rest] = rankSections([hit], [['suction']]);
    expect(rest).toEqual([]);
    expect(result!.url).toBe('/p/#suction');
    expect(result!.headingPath).toEqual(['What the suction does']);
  });
});
