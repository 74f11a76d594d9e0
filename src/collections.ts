import { getCollection, type CollectionEntry } from 'astro:content';
import shard from 'virtual:evidence-site/shard';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sortArticles } from './lib/navigation.ts';
import { findCitationGroups } from './lib/citations.ts';
import { bibliography } from './content-data.ts';
import { withoutFrontmatter } from './lib/content-files.ts';

/** An article entry as the content layer returns it. */
export type Article = CollectionEntry<'articles'>;
/** A topic entry. */
export type Topic = CollectionEntry<'topics'>;

let articles: Promise<Article[]> | undefined;

/** Published articles in reading order; drafts only in dev. Loaded once per build, shared by every page. */
export function publishedArticles(): Promise<Article[]> {
  // A shard's `articles` holds only the articles it renders; `articleIndex` has every article's frontmatter.
  const collection = shard ? 'articleIndex' : 'articles';
  articles ??= (getCollection(collection, ({ data }) => import.meta.env.DEV || !data.draft) as Promise<Article[]>).then(sortArticles);
  return articles;
}

/**
 * The articles the site-wide pages (home, topics, claims) list: every published article, or none
 * in a shard other than the first, which renders those pages only to bundle the same styles and drops them.
 */
export function listedArticles(): Promise<Article[]> {
  return shard && shard.index > 0 ? Promise.resolve([]) : publishedArticles();
}

let built: Promise<Article[]> | undefined;

/** The published articles whose pages this process writes, ready to render: all of them, or this shard's share. */
export function articlesToBuild(): Promise<Article[]> {
  built ??= shard ? getCollection('articles', ({ data }) => !data.draft).then(sortArticles) : publishedArticles();
  return built;
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

/**
 * Bibliography keys cited by published articles, in their text or their claims (for the home page's trust strip).
 * Read from the source files rather than the rendered articles: in a sharded build most articles are not rendered here.
 */
export function citedSources(): Promise<Set<string>> {
  sources ??= listedArticles().then(async (entries) => {
    const keys = new Set<string>();
    // A citation-like text in a code span is not a citation: only keys of the bibliography count.
    const known = bibliography().entries;
    for (const article of entries) {
      const source = article.filePath ? await readFile(resolve(article.filePath), 'utf8') : '';
      for (const group of findCitationGroups(withoutFrontmatter(source)).groups) for (const key of group.keys) if (known.has(key)) keys.add(key);
      for (const claim of article.data.claims) for (const key of claim.refs) keys.add(key);
    }
    return keys;
  });
  return sources;
}
