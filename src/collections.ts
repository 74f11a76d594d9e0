import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortArticles } from './lib/navigation.ts';

/** An article entry as the content layer returns it. */
export type Article = CollectionEntry<'articles'>;
/** A topic entry. */
export type Topic = CollectionEntry<'topics'>;

let articles: Promise<Article[]> | undefined;

/** Published articles in reading order; drafts only in dev. Loaded once per build, shared by every page. */
export function publishedArticles(): Promise<Article[]> {
  articles ??= getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft).then(sortArticles);
  return articles;
}

let topics: Promise<Topic[]> | undefined;

/** Topics in the order of topics.yaml. */
export function allTopics(): Promise<Topic[]> {
  topics ??= getCollection('topics');
  return topics;
}

/** Topic title by id, for labels. */
export async function topicTitles(): Promise<Map<string, string>> {
  return new Map((await allTopics()).map((topic) => [topic.id, topic.data.title]));
}

/** A standalone page entry (about, editorial policy). */
export type SitePage = CollectionEntry<'pages'>;

let pages: Promise<SitePage[]> | undefined;

/** Standalone pages by `order`, then title. */
export function sitePages(): Promise<SitePage[]> {
  pages ??= getCollection('pages').then((entries) =>
    entries.sort(
      (a, b) =>
        (a.data.order ?? Number.POSITIVE_INFINITY) - (b.data.order ?? Number.POSITIVE_INFINITY) ||
        a.data.title.localeCompare(b.data.title, 'en'),
    ),
  );
  return pages;
}

let sources: Promise<Set<string>> | undefined;

/** Bibliography keys cited by published articles, in their text or their claims (for the home page's trust strip). */
export function citedSources(): Promise<Set<string>> {
  sources ??= publishedArticles().then(async (entries) => {
    const keys = new Set<string>();
    for (const article of entries) {
      const { remarkPluginFrontmatter } = await render(article);
      for (const key of (remarkPluginFrontmatter['citations'] as string[] | undefined) ?? []) keys.add(key);
      for (const claim of article.data.claims) for (const key of claim.refs) keys.add(key);
    }
    return keys;
  });
  return sources;
}
