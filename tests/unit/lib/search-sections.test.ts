import { describe, expect, it } from 'vitest';
import { articlesFirst, eachSearchData, excerptOf, headingPath, matchedWord, mergePageData, questionInHeading, rankSections, SEARCH_QUESTION_ID, type PageHit } from '../../../src/lib/search-sections.ts';

// A page as Pagefind's data() gives it: words by position, anchors, sub-results with matches.
function page(url: string, score: number, words: string, sections: Array<{ id?: string; element?: string; at: number; title: string; matches: Array<[number, number]> }>, title = url): PageHit {
  const anchors = sections.filter((section) => section.id).map((section) => ({ element: section.element ?? 'h2', id: section.id!, text: section.title, location: section.at }));
  return {
    score,
    data: {
      url,
      meta: { title },
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

  it('lands on the section whose author-listed question words the reader\'s question, as if it were its heading', () => {
    // Both sections have the same three words once; only "Sessions" lists the reader's question.
    const hit = page('/p/', 1, 'before many treatments need sessions how many treatments will i need', [
      { id: 'before', at: 0, title: 'Before you start', matches: [[1, 1], [2, 1], [3, 1]] },
      { id: 'sessions', at: 4, title: 'Sessions', matches: [[6, 1], [7, 1], [10, 1]] },
    ]);
    const asked = ['how', 'many', 'treatments', 'will', 'i', 'need'];
    const filler = new Set(['how', 'will', 'i']);
    expect(rankSections([hit], [['many', 'treatments', 'need']], asked, filler)[0]!.url).toBe('/p/#before');
    hit.data.anchors!.push({ element: 'p', id: `${SEARCH_QUESTION_ID}1`, text: 'How many treatments will I need?', location: 5 });
    const [result] = rankSections([hit], [['many', 'treatments', 'need']], asked, filler);
    expect(result!.url).toBe('/p/#sessions');
    // The questions are hidden on the page, so the excerpt is the section's own text.
    expect(result!.excerpt).toBe('');
  });

  it('makes the excerpt of a section with search questions from its own words around the matches, without the heading or the questions', () => {
    const content = 'Sessions How many visits? Most people have <b> six visits in all'.split(' ');
    const excerpt = excerptOf(content, 0, content.length, [[0, 1], [1, 4]], [{ location: 2, weight: 4, balanced_score: 1 }, { location: 9, weight: 1, balanced_score: 1 }]);
    expect(excerpt).toBe('Most people have &lt;b&gt; six <mark>visits</mark> in all');
    // In a long section, the window of 26 words with the most matches.
    const long = Array.from({ length: 60 }, (_, at) => `w${at}`);
    const window = excerptOf(long, 0, 60, [], [40, 45, 50, 5].map((location) => ({ location, weight: 1, balanced_score: 1 })));
    expect(window.split(' ')).toHaveLength(26);
    expect(window.match(/<mark>/g)).toHaveLength(3);
    expect(window.startsWith('w25 ')).toBe(true);
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
    expect(ranked.map((result) => result.data.url)).toEqual(['/b/', '/a/']);
    expect(ranked[0]!.url).toBe('/b/#who-should-wait');
  });

  it('lands on the key points when no section below them covers as much of the question', () => {
    const hit = page('/p/', 1, 'key weight loss x x weight x x', [
      { id: 'key-points', at: 0, title: 'Key points', matches: [[1, 3], [2, 3]] },
      { id: 'who', at: 4, title: 'Who gets them', matches: [[5, 1]] },
    ]);
    expect(rankSections([hit], [['weight', 'loss']])[0]!.url).toBe('/p/#key-points');
  });

  it('lifts a section where the reader\u2019s words stand side by side, in order, above one that has them apart', () => {
    const hit = page('/about/', 1, 'Apart medical words here advice x Together x not medical advice y', [
      { id: 'apart', at: 0, title: 'Apart', matches: [[1, 1], [4, 1]] },
      { id: 'together', at: 6, title: 'Together', matches: [[9, 1], [10, 1]] },
    ]);
    expect(rankSections([hit], [['medical', 'advice']])[0]!.url).toBe('/about/#together');
    // The other order is not the reader's phrase.
    expect(rankSections([hit], [['advice', 'medical']])[0]!.url).toBe('/about/#apart');
  });

  it('counts a word found in fewer sections for more, so the section with the rare word wins', () => {
    const hit = page('/p/', 1, 'use x use x use suction x', [
      { id: 'one', at: 0, title: 'One', matches: [[0, 1]] },
      { id: 'two', at: 2, title: 'Two', matches: [[2, 1]] },
      { id: 'three', at: 4, title: 'Three', matches: [[4, 1], [5, 1]] },
    ]);
    const [result] = rankSections([hit], [['use', 'suction']]);
    expect(result!.url).toBe('/p/#three');
    expect(result!.more).toEqual([]);
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

  it('lifts a section whose heading is worded as the reader\u2019s question, filler words included', () => {
    const filler = new Set(['are', 'can', 'you', 'them', 'what', 'is', 'a', 'the']);
    expect(questionInHeading('Are stretch marks harmful?', ['are', 'stretch', 'marks', 'harmful'], ['stretch', 'marks', 'harmful'], filler)).toBe(1);
    expect(questionInHeading('Can you prevent them?', ['can', 'you', 'prevent', 'stretch', 'marks'], ['prevent', 'stretch', 'marks'], filler)).toBeCloseTo(3 / 5);
    // Filler words alone say nothing: "What the evidence says" does not answer "what is a peel".
    expect(questionInHeading('What the evidence says', ['what', 'is', 'a', 'peel'], ['peel'])).toBe(0);
    // Both sections say "harmful" once in their text; only one heading asks the question.
    const hit = page('/p/', 1, 'why harmful x x are harmful x x', [
      { id: 'why', at: 0, title: 'Why they form', matches: [[1, 1]] },
      { id: 'harmful', at: 4, title: 'Are they harmful?', matches: [[5, 1]] },
    ]);
    expect(rankSections([hit], [['harmful']], ['are', 'they', 'harmful'])[0]!.url).toBe('/p/#harmful');
  });

  it('lifts a heading that says little besides the reader\u2019s words above one that names something else too', () => {
    const filler = new Set(['what', 'is', 'are', 'the']);
    // "What aphids are" is about aphids; "Aphids on orchids" is about a narrower matter.
    expect(questionInHeading('What aphids are', ['aphids'], ['aphids'], filler)).toBe(1);
    expect(questionInHeading('Aphids on orchids', ['aphids'], ['aphids'], filler)).toBeCloseTo(1 / 3);
    const hit = page('/p/', 1, 'orchids aphids x x what aphids x x', [
      { id: 'orchids', at: 0, title: 'Aphids on orchids', matches: [[1, 6]] },
      { id: 'what', at: 4, title: 'What aphids are', matches: [[5, 6]] },
    ]);
    expect(rankSections([hit], [['aphids']], ['aphids'], filler)[0]!.url).toBe('/p/#what');
  });

  it('lands on a body section that scores at least half as much as the key points, rather than on the summary', () => {
    // "Care" has two of the three words, often, in a short section: about 0.55 of the key points' score.
    const hit = page('/p/', 1, 'key water light roots x x x x x x x x care water light water light water light other roots x x x x x x', [
      { id: 'key-points', at: 0, title: 'Key points', matches: [[1, 3], [2, 3], [3, 3]] },
      { id: 'care', at: 12, title: 'Care', matches: [[13, 1], [14, 1], [15, 1], [16, 1], [17, 1], [18, 1]] },
      { id: 'other', at: 19, title: 'Other', matches: [[20, 1]] },
    ]);
    expect(rankSections([hit], [['water', 'light', 'roots']])[0]!.url).toBe('/p/#care');
  });

  it('does not count the page\u2019s title words as matches in every section, so a short section that lacks them does not win', () => {
    const hit = page('/p/', 1, 'mixing soap x spraying soap aphids x x x x x x x x x', [
      { id: 'mixing', at: 0, title: 'Mixing', matches: [[1, 1]] },
      { id: 'spraying', at: 3, title: 'Spraying', matches: [[4, 1], [5, 1]] },
    ], 'Soap sprays for aphids');
    expect(rankSections([hit], [['soap', 'aphids']])[0]!.url).toBe('/p/#spraying');
  });

  it('counts the page\u2019s title words as covered by each of its sections, so a section that answers the rest of the question wins over one that repeats the question\u2019s words', () => {
    // "how many aphid sprays": page A is about aphids and has a section on how many sprays;
    // page B's section has "many" and "sprays" but is not about aphids.
    const a = page('/a/', 1, 'many sprays x x x x x x x x x x x x', [
      { id: 'how-many-sprays', at: 0, title: 'How many sprays', matches: [[0, 6], [1, 6]] },
      { id: 'other', at: 2, title: 'Other', matches: [] },
    ], 'Aphids');
    const b = page('/b/', 1, 'many sprays x many sprays x x x x x x aphids', [
      { id: 'before', at: 0, title: 'Before', matches: [[0, 1], [1, 1], [3, 1], [4, 1]] },
      { id: 'later', at: 10, title: 'Later', matches: [[11, 1]] },
    ], 'Garden pests');
    const ranked = rankSections([a, b], [['many', 'sprays', 'aphids']]);
    expect(ranked[0]!.url).toBe('/a/#how-many-sprays');
    expect(ranked[0]!.coverage).toBe(1);
  });

  it('weighs a synonym no more than the reader\u2019s own word, so a synonym that is rare by chance does not win', () => {
    // "what causes aphids": "causes" is in two sections, its synonym "reason" in one, in passing.
    const hit = page('/p/', 1, 'aphids causes x x x x causes x x x x x x x x x x x x x x x x x x x reason x x x x x x', [
      { id: 'why-aphids-come', at: 0, title: 'Why aphids come', matches: [[0, 6], [1, 1]] },
      { id: 'spread', at: 2, title: 'Spread', matches: [[6, 1]] },
      { id: 'worry', at: 26, title: 'Worry', matches: [[26, 1]] },
      { id: 'other', at: 30, title: 'Other', matches: [] },
    ], 'Aphids');
    expect(rankSections([hit], [['causes', 'aphids'], ['reason', 'aphids']])[0]!.url).toBe('/p/#why-aphids-come');
  });

  it('scores a page found by a query and its synonym variant on both searches\u2019 matches', () => {
    const words = 'key pregnant x x wait pregnancy x x';
    const byQuery = page('/p/', 1, words, [
      { id: 'key-points', at: 0, title: 'Key points', matches: [[1, 3]] },
      { id: 'wait', at: 4, title: 'Who should wait', matches: [] },
    ]);
    const byVariant = page('/p/', 0.5, words, [{ id: 'wait', at: 4, title: 'Who should wait', matches: [[5, 1]] }]);
    const merged = mergePageData([byQuery.data, byVariant.data])!;
    expect(merged.sub_results!.map((section) => [section.anchor?.id, section.weighted_locations.map((match) => match.location)])).toEqual([
      ['key-points', [1]],
      ['wait', [5]],
    ]);
    expect(merged.url).toBe('/p/');
  });

  it('lists the site\u2019s standalone pages after the articles, unless one has more of the query than any article', () => {
    const standalone = (hit: PageHit): PageHit => ({ ...hit, data: { ...hit.data, meta: { ...hit.data.meta, kind: 'page' } } });
    const about = standalone(page('/about/', 5, 'money clinics site x', [{ id: 'money', at: 0, title: 'Money', matches: [[0, 6], [1, 1], [2, 1]] }]));
    const article = page('/a/', 1, 'clinics x x x', [{ id: 'clinics', at: 0, title: 'Clinics', matches: [[0, 6]] }]);
    // The about page has every word, the article one: the about page answers.
    expect(articlesFirst(rankSections([about, article], [['money', 'clinics', 'site']])).map((result) => result.url)).toEqual(['/about/#money', '/a/#clinics']);
    // Both have the one word searched: the article comes first, though the about page scores more.
    const ranked = rankSections([about, article], [['clinics']]);
    expect(ranked[0]!.url).toBe('/about/#money');
    expect(articlesFirst(ranked).map((result) => result.url)).toEqual(['/a/#clinics', '/about/#money']);
  });

  it('keeps a standalone page above the articles when it scores well above every one of them, though it has no more of the query', () => {
    const standalone = (hit: PageHit): PageHit => ({ ...hit, data: { ...hit.data, meta: { ...hit.data.meta, kind: 'page' } } });
    // "has a doctor checked these articles": the policy page's review section has every word again and again; an article says "see a doctor" once.
    const policy = standalone(page('/policy/', 5, 'doctor checked articles doctor checked articles x', [{ id: 'review', at: 0, title: 'How pages are checked', matches: [[0, 1], [1, 6], [2, 1], [3, 1], [4, 1], [5, 1]] }]));
    const article = page('/a/', 1, 'see a doctor checked articles x x x x x x x x x x x x x x x x x x x x', [{ id: 'see-a-doctor', at: 0, title: 'See a doctor', matches: [[2, 1], [3, 1], [4, 1]] }]);
    const ranked = articlesFirst(rankSections([policy, article], [['doctor', 'checked', 'articles']]));
    expect(ranked[0]!.coverage).toBe(ranked[1]!.coverage);
    expect(ranked.map((result) => result.url)).toEqual(['/policy/#review', '/a/#see-a-doctor']);
  });

  it('keeps each search\u2019s matches of a page apart, though Pagefind writes them all onto one cached object', async () => {
    // As Pagefind's loadFragment does: one object per page, each data() call overwriting its matches.
    const shared = page('/p/', 1, 'pregnant x pregnancy', [{ id: 'a', at: 0, title: 'A', matches: [] }]).data;
    const search = (location: number) => ({
      async data() {
        await Promise.resolve();
        shared.sub_results = [{ ...shared.sub_results![0]!, weighted_locations: [{ location, weight: 1, balanced_score: 1 }] }];
        return shared;
      },
    });
    const datas = await eachSearchData([search(0), search(2)]);
    expect(datas.map((data) => data.sub_results![0]!.weighted_locations[0]!.location)).toEqual([0, 2]);
    expect(mergePageData(datas)!.sub_results![0]!.weighted_locations.map((match) => match.location)).toEqual([0, 2]);
  });

  it('loads a page once for a search that matched only where another search already did', async () => {
    const calls: string[] = [];
    const search = (name: string, words: number[]) => ({
      words,
      async data() {
        calls.push(name);
        return page('/p/', 1, 'pregnant x pregnancy', [{ id: 'a', at: 0, title: 'A', matches: words.map((location) => [location, 1] as [number, number]) }]).data;
      },
    });
    const datas = await eachSearchData([search('word', [0, 2]), search('family start', [2, 0]), search('synonym', [1])]);
    expect(calls).toEqual(['word', 'synonym']);
    expect(mergePageData(datas)!.sub_results![0]!.weighted_locations.map((match) => match.location).sort()).toEqual([0, 1, 2]);
  });

  it('ranks a page on the searches whose data Pagefind still has, and leaves out a page it has none of', async () => {
    const found = (locations: number[]) => ({ words: locations, data: async () => page('/p/', 1, 'word', [{ id: 'a', at: 0, title: 'A', matches: locations.map((location) => [location, 1] as [number, number]) }]).data });
    const freed = { words: [1], data: async () => null };
    const datas = await eachSearchData([freed, found([0, 2])]);
    expect(mergePageData(datas)!.sub_results![0]!.weighted_locations.map((match) => match.location)).toEqual([0, 2]);
    expect(mergePageData(await eachSearchData([freed]))).toBeUndefined();
  });
});
