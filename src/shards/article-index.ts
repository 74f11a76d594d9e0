// Every shard lists every article (menus, neighbours, related articles), and Astro's glob loader
// would parse all their frontmatter again in each shard: at 10,000 articles in shards of 1,000,
// a hundred thousand YAML parses. The build's parent parses each article's frontmatter once, with
// the parser Astro's MDX loader uses, into one file the shards read instead.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { listMdxFiles } from '../lib/content-files.ts';

/** Set in a shard's environment: the file of every article's parsed frontmatter. */
export const ARTICLE_INDEX_ENV = 'EVIDENCE_SITE_ARTICLE_INDEX';

/** One article: its path below the articles folder ("a/b.mdx") and its frontmatter as parsed, before schema checks. */
export interface IndexedArticle {
  entry: string;
  frontmatter: Record<string, unknown>;
}

/**
 * Parses the frontmatter of every article below `articlesDir` and writes it to `file` (V8's
 * serialisation keeps dates as dates). Writes nothing and returns false when any file cannot be
 * parsed: the shards then parse the articles themselves and report the error as a build would.
 */
export function writeArticleIndex(articlesDir: string, file: string): boolean {
  const articles: IndexedArticle[] = [];
  for (const path of listMdxFiles(articlesDir)) {
    try {
      // The options Astro's MDX content type parses with (@astrojs/mdx, getEntryInfo).
      const { frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
      articles.push({ entry: relative(articlesDir, path).split(sep).join('/'), frontmatter });
    } catch {
      return false;
    }
  }
  writeFileSync(file, serialize(articles));
  return true;
}

/** The articles a parent build wrote with writeArticleIndex. */
export function readArticleIndex(file: string): IndexedArticle[] {
  return deserialize(readFileSync(file)) as IndexedArticle[];
}
