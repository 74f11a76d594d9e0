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
