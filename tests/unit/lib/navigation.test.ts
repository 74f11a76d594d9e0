import { describe, expect, it } from 'vitest';
import { groupByTopic, neighbours, relatedArticles, sortArticles } from '../../../src/lib/navigation.ts';

const article = (id: string, topics: string[], order?: number) => ({ id, data: { title: id.toUpperCase(), topics, order } });

describe('sortArticles', () => {
  it('orders by "order", then title, with unordered articles last', () => {
    const sorted = sortArticles([article('c', ['x']), article('b', ['x'], 2), article('a', ['x'], 1), article('d', ['x'])]);
    expect(sorted.map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('neighbours', () => {
  it('gives previous and next in reading order, and nothing past the ends', () => {
    const sorted = [article('a', []), article('b', []), article('c', [])];
    expect(neighbours(sorted, 'b')).toEqual({ previous: sorted[0], next: sorted[2] });
    expect(neighbours(sorted, 'a')).toEqual({ next: sorted[1] });
    expect(neighbours(sorted, 'zzz')).toEqual({});
  });
});

describe('relatedArticles', () => {
  it('prefers articles sharing more topics, then the nearest in reading order, and never the article itself', () => {
    const sorted = [article('a', ['x', 'y']), article('b', ['x']), article('c', ['z']), article('d', ['x', 'y']), article('e', ['x'])];
    expect(relatedArticles(sorted, sorted[0]!, 3).map((entry) => entry.id)).toEqual(['d', 'b', 'e']);
  });

  it('returns nothing when no article shares a topic', () => {
    expect(relatedArticles([article('a', ['x']), article('b', ['y'])], article('a', ['x']))).toEqual([]);
  });

  it('picks what a full comparison of every article would pick, ties to the earlier article', () => {
    // The reference: score every other article, sort by shared topics then distance then position.
    const everyArticle = (sorted: ReturnType<typeof article>[], here: number, limit: number) =>
      sorted
        .map((candidate, index) => ({ candidate, index, shared: candidate.data.topics.filter((topic) => sorted[here]!.data.topics.includes(topic)).length }))
        .filter(({ index, shared }) => index !== here && shared > 0)
        .sort((a, b) => b.shared - a.shared || Math.abs(a.index - here) - Math.abs(b.index - here) || a.index - b.index)
        .slice(0, limit)
        .map(({ candidate }) => candidate.id);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const topics = ['p', 'q', 'r', 's'];
    for (let round = 0; round < 200; round++) {
      const sorted = Array.from({ length: 2 + Math.floor(random() * 30) }, (_, i) => article(`a${i}`, topics.filter(() => random() < 0.35)));
      const here = Math.floor(random() * sorted.length);
      const limit = 1 + Math.floor(random() * 4);
      // A copy of the entry, as a sharded build passes one from another collection.
      expect(relatedArticles(sorted, { ...sorted[here]! }, limit).map((entry) => entry.id)).toEqual(everyArticle(sorted, here, limit));
    }
  });
});

describe('groupByTopic', () => {
  it('lists an article under each of its topics, keeping reading order', () => {
    const groups = groupByTopic([article('a', ['x', 'y']), article('b', ['x'])]);
    expect([...groups].map(([topic, entries]) => [topic, entries.map((entry) => entry.id)])).toEqual([
      ['x', ['a', 'b']],
      ['y', ['a']],
    ]);
  });
});
