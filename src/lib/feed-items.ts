import { listChanges, type Change } from './change-history.ts';

/** What the feed needs of an article. */
export interface FeedArticle {
  id: string;
  title: string;
  description: string;
  published: Date;
  changes: readonly Change[];
  /** Absolute URL of the article. */
  url: string;
}

/** One RSS item, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  description: string;
  pubDate: Date;
  link: string;
}

/**
 * The feed's items, newest first (ties by article id, so the feed is reproducible): one per
 * article, and one per correction. A correction is an item of its own, linked to its entry on the
 * page, because feed readers show each new item once and never show an old item's edited text.
 */
export function feedItems(articles: readonly FeedArticle[], correctionLabel: string): FeedItem[] {
  const items = articles.flatMap((article) => [
    { item: { title: article.title, description: article.description, pubDate: article.published, link: article.url }, id: article.id },
    ...listChanges(article.changes)
      .filter((change) => change.kind === 'correction')
      .map((change) => ({
        item: { title: `${correctionLabel}: ${article.title}`, description: change.summary, pubDate: change.date, link: `${article.url}#${change.anchor}` },
        id: article.id,
      })),
  ]);
  return items
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.id.localeCompare(b.id) || a.item.link.localeCompare(b.item.link))
    .map(({ item }) => item);
}
