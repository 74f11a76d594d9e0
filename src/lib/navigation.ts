/** What navigation needs to know about an article. */
export interface NavArticle {
  id: string;
  data: { title: string; topics: readonly string[]; order?: number | undefined };
}

/** Articles in reading order: by `order` (unset last), then title, then id, so the order never depends on file-system order. */
export function sortArticles<T extends NavArticle>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      (a.data.order ?? Number.POSITIVE_INFINITY) - (b.data.order ?? Number.POSITIVE_INFINITY) ||
      a.data.title.localeCompare(b.data.title, 'en') ||
      a.id.localeCompare(b.id, 'en'),
  );
}

/** Previous and next article in reading order. */
export function neighbours<T extends NavArticle>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((article) => article.id === id);
  if (index === -1) return {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Up to `limit` articles sharing the most topics with `article`, nearest in reading order first.
 * Linear in the number of articles, so pages do not grow with the size of the site.
 */
export function relatedArticles<T extends NavArticle>(sorted: readonly T[], article: T, limit = 3): T[] {
  const topics = new Set(article.data.topics);
  const position = new Map(sorted.map((candidate, index) => [candidate.id, index]));
  const here = position.get(article.id) ?? 0;
  return sorted
    .filter((candidate) => candidate.id !== article.id)
    .map((candidate) => ({ candidate, shared: candidate.data.topics.filter((topic) => topics.has(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || Math.abs(position.get(a.candidate.id)! - here) - Math.abs(position.get(b.candidate.id)! - here))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** Articles grouped by topic id, each group in reading order. */
export function groupByTopic<T extends NavArticle>(sorted: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of sorted) {
    for (const topic of article.data.topics) {
      const group = groups.get(topic);
      if (group) group.push(article);
      else groups.set(topic, [article]);
    }
  }
  return groups;
}
