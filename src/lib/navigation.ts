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
 * Walks outwards from the article and stops once `limit` articles share every one of its topics
 * (nothing further away can beat them), so a page of a site of thousands of articles reads a few
 * neighbours, not the whole list.
 */
export function relatedArticles<T extends NavArticle>(sorted: readonly T[], article: T, limit = 3): T[] {
  const topics = new Set(article.data.topics);
  if (topics.size === 0 || limit < 1) return [];
  // By id, not identity: a sharded build renders an entry of another collection than the list's.
  const here = sorted.findIndex((entry) => entry.id === article.id);
  const best: Array<{ candidate: T; shared: number; distance: number }> = [];
  const isBetter = (a: { shared: number; distance: number }, b: { shared: number; distance: number }) =>
    a.shared > b.shared || (a.shared === b.shared && a.distance < b.distance);
  const consider = (candidate: T | undefined, distance: number) => {
    if (!candidate || candidate.id === article.id) return;
    let shared = 0;
    for (const topic of candidate.data.topics) if (topics.has(topic)) shared++;
    if (shared === 0) return;
    const entry = { candidate, shared, distance };
    if (best.length === limit && !isBetter(entry, best[limit - 1]!)) return;
    let position = best.length;
    while (position > 0 && isBetter(entry, best[position - 1]!)) position--;
    best.splice(position, 0, entry);
    if (best.length > limit) best.pop();
  };
  for (let distance = 1; here - distance >= 0 || here + distance < sorted.length; distance++) {
    if (best.length === limit && best[limit - 1]!.shared === topics.size) break;
    // The earlier article first: at equal distance it wins, as in reading order.
    consider(sorted[here - distance], distance);
    consider(sorted[here + distance], distance);
  }
  return best.map(({ candidate }) => candidate);
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
