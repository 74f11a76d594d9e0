import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { answerQuery, contentWords, correctedWords, editDistance, wordFamilies, isKnownWord, mergeResults, prepareVocabulary, queryWords, sameWordForm, splitCompound, suggestQuery, suggestWord, synonymVariants, withSiteWords } from '../../../src/lib/search-query.ts';

// A full garbage collection on demand, for the test of results Pagefind frees once collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const vocabulary = prepareVocabulary({
  words: ['water', 'watering', 'light', 'leaves', 'yellow', 'effects', 'side', 'session', 'greenfly', 'aphid'],
  counts: [50, 30, 20, 20, 10, 8, 8, 5, 3, 2],
  synonyms: [['aphid', 'greenfly', 'plant lice'], ['chlorosis', 'yellow leaves']],
  filler: ['how', 'do', 'i', 'my', 'the', 'often', 'should'],
});

describe('search query logic', () => {
  it('splits a query into lowercase words, keeping inner hyphens and apostrophes', () => {
    expect(queryWords('Why do MY plant’s leaves go yellow? Diamond-tip')).toEqual(['why', 'do', 'my', "plant's", 'leaves', 'go', 'yellow', 'diamond-tip']);
  });

  it('drops question and filler words, unless nothing would be left', () => {
    expect(contentWords(['how', 'do', 'i', 'water'], vocabulary.fillerSet)).toEqual(['water']);
    expect(contentWords(['how', 'do', 'i'], vocabulary.fillerSet)).toEqual(['how', 'do', 'i']);
  });

  it('replaces a glossary alias in the query by its term, once per group', () => {
    expect(synonymVariants(['plant', 'lice', 'spray'], vocabulary.synonyms)).toEqual([['aphid', 'spray']]);
  });

  it('replaces a glossary term in the query by its first alias, so sections using the lay word match too', () => {
    expect(synonymVariants(['aphid', 'spray'], vocabulary.synonyms)).toEqual([['greenfly', 'spray']]);
    expect(synonymVariants(['spray'], vocabulary.synonyms)).toEqual([]);
  });

  it('makes a variant for each of four words with synonyms, and no more', () => {
    const groups = [['kit', 'gadget'], ['safe', 'safety'], ['advice', 'tips'], ['home', 'house'], ['skin', 'face']];
    const variants = synonymVariants(['gadget', 'safety', 'tips', 'house', 'face'], groups);
    expect(variants).toHaveLength(4);
    expect(variants[3]).toEqual(['gadget', 'safety', 'tips', 'home', 'face']);
  });

  it('swaps a two-word alias whole, though a one-word alias of the same group is its first word', () => {
    const groups = [['stretch marks', 'striae', 'striae distensae']];
    expect(synonymVariants(['microneedling', 'striae', 'distensae'], groups)).toEqual([['microneedling', 'stretch', 'marks']]);
    expect(synonymVariants(['striae', 'treatment'], groups)).toEqual([['stretch', 'marks', 'treatment']]);
    expect(withSiteWords(['striae', 'distensae', 'cream'], groups, (word) => word !== 'distensae')).toEqual(['stretch', 'marks', 'cream']);
  });

  it('finds an alias or term typed in the other number, singular or plural', () => {
    const groups = [['retinoid', 'retinoids', 'vitamin A creams'], ['aphid', 'plant bugs']];
    expect(synonymVariants(['vitamin', 'a', 'cream', 'stretch', 'marks'], groups)).toEqual([['retinoid', 'stretch', 'marks']]);
    expect(synonymVariants(['plant', 'bug', 'spray'], groups)).toEqual([['aphid', 'spray']]);
    // The term typed in the plural is the term: it swaps for an alias, never for itself.
    expect(synonymVariants(['retinoids'], groups)).toEqual([]);
    expect(synonymVariants(['aphids'], groups)).toEqual([['plant', 'bugs']]);
    expect(sameWordForm('bus', 'buses')).toBe(true);
    expect(sameWordForm('as', 'a')).toBe(false);
  });

  it('splits a word no page has into two the pages have, and joins two into one', () => {
    const words = prepareVocabulary({ words: ['stretch', 'marks', 'causes'], counts: [40, 40, 3], synonyms: [], filler: [] });
    expect(splitCompound('stretchmarks', words.counted)).toEqual(['stretch', 'marks']);
    expect(correctedWords(['stretchmarks', 'causes'], words, new Set())?.words).toEqual(['stretch', 'marks', 'causes']);
    expect(correctedWords(['sun', 'screen', 'after'], prepareVocabulary({ words: ['sunscreen', 'after'], counts: [4, 9], synonyms: [], filler: [] }), new Set())).toEqual({
      words: ['sunscreen', 'after'],
      changed: ['screen'],
      replacements: new Map([['sun', ['sunscreen']], ['screen', []]]),
    });
    // One typo is likelier than a compound: "canfirm" is "confirm", not "can firm".
    expect(correctedWords(['canfirm'], prepareVocabulary({ words: ['can', 'firm', 'confirm'], counts: [50, 5, 2], synonyms: [], filler: [] }), new Set())?.words).toEqual(['confirm']);
  });

  it('finds an alias with a filler word in it, as the query has lost its filler words', () => {
    const words = prepareVocabulary({ words: ['retinoid', 'vitamin', 'creams'], counts: [3, 2, 2], synonyms: [['retinoid', 'vitamin A creams']], filler: ['a', 'for'] });
    expect(synonymVariants(['vitamin', 'cream', 'stretch'], words.synonyms)).toEqual([['retinoid', 'stretch']]);
  });

  it('counts edits, with a swap of two letters as one', () => {
    expect(editDistance('efects', 'effects', 2)).toBe(1);
    expect(editDistance('wtaer', 'water', 2)).toBe(1);
    expect(editDistance('water', 'light', 2)).toBe(3);
  });

  it('knows words the index can match: exact, prefixes of a word, or a word plus a short ending', () => {
    expect(isKnownWord('water', vocabulary.sorted)).toBe(true);
    expect(isKnownWord('wat', vocabulary.sorted)).toBe(true);
    expect(isKnownWord('sessions', vocabulary.sorted)).toBe(true);
    expect(isKnownWord('efects', vocabulary.sorted)).toBe(false);
    expect(isKnownWord('of', vocabulary.sorted)).toBe(true);
  });

  it('knows an -ing or -ed form whose stem doubles its last letter or drops an e, and corrects it to nothing else', () => {
    const words = prepareVocabulary({ words: ['put', 'tan', 'scar', 'shave', 'getting'], counts: [5, 4, 3, 2, 9], synonyms: [], filler: [] });
    for (const word of ['putting', 'tanning', 'scarred', 'shaving']) expect(isKnownWord(word, words.sorted)).toBe(true);
    expect(isKnownWord('puttng', words.sorted)).toBe(false);
    // Before, "putting" was unknown and became the nearest word the pages have, "getting".
    expect(correctedWords(['putting', 'on'], words, new Set())).toBeUndefined();
    expect(isKnownWord('fixing', prepareVocabulary({ words: ['fix'], counts: [1], synonyms: [], filler: [] }).sorted)).toBe(true);
  });

  it('corrects a short word by one slip only, and a word of eight letters or more by up to two', () => {
    const words = prepareVocabulary({ words: ['white', 'hyaluronic', 'steroid'], counts: [5, 3, 2], synonyms: [], filler: [] });
    // "writes" is two edits from "white": a word of its own the pages lack, not a slip.
    expect(suggestWord('writes', words.spellings)).toBeUndefined();
    expect(suggestWord('steriod', words.spellings)).toBe('steroid');
    expect(suggestWord('hyularonic', words.spellings)).toBe('hyaluronic');
  });

  it('suggests the nearest, then most frequent, word of the vocabulary, and nothing for known words', () => {
    expect(suggestWord('wattering', vocabulary)).toBe('watering');
    expect(suggestWord('efects', vocabulary)).toBe('effects');
    expect(suggestWord('water', vocabulary)).toBeUndefined();
    expect(suggestWord('zzqqxxvv', vocabulary)).toBeUndefined();
    expect(suggestQuery(['side', 'efects'], vocabulary)).toBe('side effects');
    expect(suggestQuery(['side', 'effects'], vocabulary)).toBeUndefined();
  });

  it('merges result lists by page, keeping each page\u2019s best score and the page\u2019s other results for their matches', () => {
    expect(mergeResults([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 5 }]])).toEqual([{ id: 'a', score: 5, also: [{ id: 'a', score: 1 }] }, { id: 'b', score: 3 }]);
  });

  it('searches the site\u2019s spelling of a misspelt word, and says what it searched instead', async () => {
    const searched: string[] = [];
    const answer = await answerQuery('side efects', vocabulary, async (terms) => {
      searched.push(terms);
      return terms === 'side effects' ? [{ id: 'safety', score: 2 }] : [];
    });
    expect(searched[0]).toBe('side effects');
    expect(answer.results).toEqual([{ id: 'safety', score: 2 }]);
    expect(answer.fallback).toEqual({ dropped: ['efects'], anyWord: false, corrected: 'side effects' });
    expect(answer.suggestion).toBe('side effects');
  });

  it('leaves out a word no page has and none is close to, and names it', async () => {
    const searched: string[] = [];
    const answer = await answerQuery('side zzqqxxvv', vocabulary, async (terms) => {
      searched.push(terms);
      return terms === 'side' ? [{ id: 'safety', score: 2 }] : [];
    });
    expect(searched).toEqual(['side']);
    expect(answer.fallback).toEqual({ dropped: ['zzqqxxvv'], anyWord: false });
  });

  it('does not respell the words of a glossary alias that no page spells out', () => {
    expect(correctedWords(['plant', 'lice'], vocabulary, new Set(['plant', 'lice']))).toBeUndefined();
    expect(correctedWords(['wattering', 'light'], vocabulary, new Set())).toEqual({ words: ['watering', 'light'], changed: ['wattering'], replacements: new Map([['wattering', ['watering']]]) });
  });

  it('replaces an alias phrase that no page spells out by its term in every list searched, so a variant never carries a word no page has', async () => {
    const groups = [['aphid', 'greenfly', 'plant lice'], ['watering', 'water']];
    const known = (word: string) => isKnownWord(word, vocabulary.sorted);
    expect(withSiteWords(['plant', 'lice', 'water'], groups, known)).toEqual(['aphid', 'water']);
    expect(withSiteWords(['greenfly', 'water'], groups, known)).toEqual(['greenfly', 'water']);
    const searched: string[] = [];
    const withGroups = prepareVocabulary({ ...vocabulary, synonyms: groups });
    const answer = await answerQuery('plant lice water', withGroups, async (terms) => {
      searched.push(terms);
      return [];
    });
    expect(searched.length).toBeGreaterThan(1);
    expect(searched.filter((terms) => /plant|lice/.test(terms))).toEqual([]);
    expect(answer.wordLists[0]).toEqual(['aphid', 'water']);
  });

  it('respells a misspelt word as a synonym group\u2019s word that no page uses, then searches the word the pages use', async () => {
    const withGroups = prepareVocabulary({ ...vocabulary, words: [...vocabulary.words, 'money'], counts: [...vocabulary.counts, 4], synonyms: [['money', 'sponsored', 'paid']] });
    const searched: string[] = [];
    const answer = await answerQuery('sponsered light', withGroups, async (terms) => {
      searched.push(terms);
      return terms === 'money light' ? [{ id: 'about', score: 1 }] : [];
    });
    expect(searched[0]).toBe('money light');
    expect(answer.results).toEqual([{ id: 'about', score: 1 }]);
    expect(answer.fallback).toMatchObject({ dropped: ['sponsered'], corrected: 'sponsored light' });
  });

  it('searches an alias and its term, and merges what both find', async () => {
    const answer = await answerQuery('plant lice', vocabulary, async (terms) => (terms === 'aphid' ? [{ id: 'greenfly-page', score: 4 }] : []));
    expect(answer.results).toEqual([{ id: 'greenfly-page', score: 4 }]);
  });

  it('shows pages with any of the words when each matches somewhere but never together', async () => {
    const answer = await answerQuery('water light', vocabulary, async (terms) => (terms === 'water' ? [{ id: 'w', score: 1 }] : terms === 'light' ? [{ id: 'l', score: 2 }] : []));
    expect(answer.results.map((result) => result.id)).toEqual(['l', 'w']);
    expect(answer.fallback).toEqual({ dropped: [], anyWord: true });
  });

  it('adds pages with some of the words after those with all of them when few have all, most words first', async () => {
    const pages: Record<string, Array<{ id: string; score: number }>> = {
      'water light leaves': [{ id: 'all', score: 1 }],
      water: [{ id: 'all', score: 1 }, { id: 'two', score: 1 }, { id: 'one', score: 5 }],
      light: [{ id: 'all', score: 1 }, { id: 'two', score: 1 }],
      leaves: [{ id: 'all', score: 1 }],
    };
    const search = async (terms: string) => pages[terms] ?? [];
    const filled = await answerQuery('water light leaves', vocabulary, search, { fillTo: 4 });
    expect(filled.results.map((result) => result.id)).toEqual(['all', 'two', 'one']);
    expect(filled.fallback).toBeUndefined();
    const enough = await answerQuery('water light leaves', vocabulary, search, { fillTo: 1 });
    expect(enough.results.map((result) => result.id)).toEqual(['all']);
  });

  it('keeps every merged result able to load its data after the garbage collector runs, as Pagefind frees the data of collected results', async () => {
    // Pagefind's worker mode: data() answers null once the result object it was made for is collected.
    const released = new Set<string>();
    const registry = new FinalizationRegistry<string>((dataId) => released.add(dataId));
    let next = 0;
    type Found = { id: string; score: number; data: () => Promise<{ url: string } | null>; also?: Found[] };
    const pagefindResult = (id: string, score: number) => {
      const dataId = `data-${next++}`;
      const result: Found = { id, score, data: async () => (released.has(dataId) ? null : { url: `/${id}/` }) };
      registry.register(result, dataId);
      return result;
    };
    // The search's own lists go out of scope here, as a finished search's response does in the page.
    const merged = (() => mergeResults([[pagefindResult('a', 2), pagefindResult('b', 1)], [pagefindResult('a', 1)], [pagefindResult('c', 1)]]))();
    collectGarbage();
    for (let turn = 0; turn < 5 && released.size === 0; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
    const datas = await Promise.all(merged.flatMap((result) => [result, ...(result.also ?? [])]).map((result) => result.data()));
    expect(datas).toEqual([{ url: '/a/' }, { url: '/a/' }, { url: '/b/' }, { url: '/c/' }]);
  });

  it('ranks a page with some of the words on the matches of every word it has, not of the first word searched only', async () => {
    type Found = { id: string; score: number; word: string; also?: Found[] };
    const found = (id: string, word: string, score: number): Found => ({ id, score, word });
    const pages: Record<string, Found[]> = {
      'sun after peel': [found('all', 'sun after peel', 3)],
      sun: [found('all', 'sun', 1), found('aftercare', 'sun', 1)],
      after: [found('all', 'after', 1), found('aftercare', 'after', 2)],
      peel: [found('all', 'peel', 1)],
    };
    const answer = await answerQuery('sun after peel', vocabulary, async (terms) => pages[terms] ?? [], { fillTo: 4 });
    const partial = answer.results.find((result) => result.id === 'aftercare');
    // Each search's copy of the page holds that search's matches: the sections are ranked on both.
    expect([partial?.word, ...(partial?.also ?? []).map((result) => result.word)].sort()).toEqual(['after', 'sun']);
  });

  it('also searches long words by the start their word family shares, which the stemmer keeps apart', () => {
    expect(wordFamilies(['pregnant', 'treatment'])).toEqual(['pregna', 'treatme']);
    expect(wordFamilies(['infected', 'skin'])).toEqual(['infect', 'skin']);
    expect(wordFamilies(['water', 'light'])).toBeUndefined();
  });

  it('searches without the vocabulary when it has not loaded', async () => {
    const answer = await answerQuery('How do I water', undefined, async (terms) => [{ id: terms, score: 1 }]);
    expect(answer.results).toEqual([{ id: 'how do i water', score: 1 }]);
  });
});
