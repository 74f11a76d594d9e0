import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { escapePath } from 'tinyglobby';
import { listMdxFiles } from './lib/content-files.ts';
import { fileURLToPath } from 'node:url';
import { buildsArticle, parseShard, SHARD_ENV, type Shard } from './lib/shards.ts';
import { ARTICLE_INDEX_ENV, readArticleIndex } from './shards/article-index.ts';
import { paths, bibliography } from './content-data.ts';
import { readYamlList } from './lib/yaml-list.ts';
import { createSlugRegistry } from './lib/content-ids.ts';
import { loadPeople, schemaPeople } from './lib/people.ts';
import { createArticleSchema, pageSchema, topicSchema } from './schemas.ts';

/**
 * The content collections of an evidence site (articles, pages, topics) from the configured
 * content folder. A site's `src/content.config.ts` is: `export const collections = evidenceCollections();`
 * In a sharded build `articles` holds this shard's articles (the pages it renders) and
 * `articleIndex` every article (for lists and neighbours; never rendered there).
 */
export function evidenceCollections() {
  // Topic ids and reference keys are read once per sync so frontmatter can be checked against them.
  const bib = bibliography();
  const articleSchema = createArticleSchema({
    topicIds: new Set(readYamlList(paths.topics).map(({ value }) => String((value as { id?: unknown } | null)?.id))),
    referenceKeys: new Set(bib.entries.keys()),
    bibliographyName: basename(bib.file),
    people: schemaPeople(loadPeople(paths.people)),
  });
  const slugLoader = (dir: string, pattern: string | string[]) => {
    const slugOf = createSlugRegistry(dir);
    return glob({ pattern, base: dir, retainBody: false, generateId: ({ entry }) => slugOf(entry) });
  };
  const shard = parseShard(process.env[SHARD_ENV]);
  return {
    articles: defineCollection({
      loader: shard
        ? fromArticleIndex('evidence-site:shard-articles', paths.articles, (filePath) => buildsArticle(shard, filePath), shardOnly((files) => slugLoader(paths.articles, files), paths.articles, shard))
        : slugLoader(paths.articles, '**/*.mdx'),
      schema: articleSchema,
    }),
    articleIndex: defineCollection({
      loader: shard ? fromArticleIndex('evidence-site:article-index', paths.articles, () => true, slugLoader(paths.articles, '**/*.mdx')) : emptyLoader('evidence-site:article-index'),
      schema: articleSchema,
    }),
    pages: defineCollection({ loader: slugLoader(paths.pages, '*.mdx'), schema: pageSchema }),
    topics: defineCollection({ loader: file(paths.topics), schema: topicSchema }),
  };
}

/**
 * The articles this shard builds: the loader is given only their files (the others are not even
 * read), and an entry another shard's build left in the store is dropped rather than reused.
 */
function shardOnly(loaderFor: (files: string[]) => Loader, articlesDir: string, shard: Shard): Loader {
  return {
    name: 'evidence-site:shard-articles',
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      const files = listMdxFiles(articlesDir)
        .filter((file) => buildsArticle(shard, relative(root, file)))
        .map((file) => relative(articlesDir, file).split(sep).join('/'));
      // No pattern would mean every file to the glob library: name one that cannot exist instead.
      const patterns = files.length > 0 ? files.map(escapePath) : ['.no-article-in-this-shard.mdx'];
      const builds = (filePath: string | undefined) => filePath !== undefined && buildsArticle(shard, isAbsolute(filePath) ? relative(root, filePath) : filePath);
      return loaderFor(patterns).load({
        ...context,
        store: {
          ...context.store,
          get: <TData extends Record<string, unknown>>(id: string) => {
            const entry = context.store.get<TData>(id);
            if (entry && !builds(entry.filePath)) context.store.delete(id);
            return entry && builds(entry.filePath) ? entry : undefined;
          },
        },
      });
    },
  };
}

/** A collection left empty (the articles of an unsharded build are in `articles`). */
function emptyLoader(name: string): Loader {
  return { name, load: async (context) => context.store.clear() };
}

/**
 * In a sharded build, the articles whose path (relative to the project root) passes `keeps`,
 * made from the frontmatter the build's parent parsed once (src/shards/article-index.ts) as the
 * glob loader would make them: same ids, schema checks, deferred render. Entries keep their module
 * imports, so every shard writes the same `.astro/content-modules.mjs` side by side; `shardModules`
 * then hands Vite only this shard's share of it. Without the parent's file, `fallback` loads them
 * from the files.
 */
function fromArticleIndex(name: string, articlesDir: string, keeps: (filePath: string) => boolean, fallback: Loader): Loader {
  return {
    name,
    load: async (context) => {
      const indexFile = process.env[ARTICLE_INDEX_ENV];
      if (!indexFile || !existsSync(indexFile)) return fallback.load(context);
      const root = fileURLToPath(context.config.root);
      const slugOf = createSlugRegistry(articlesDir);
      context.store.clear();
      for (const { entry, frontmatter } of readArticleIndex(indexFile)) {
        const filePath = join(articlesDir, entry);
        const relativePath = relative(root, filePath).split(sep).join('/');
        if (!keeps(relativePath)) continue;
        const id = slugOf(entry);
        const data = await context.parseData({ id, data: frontmatter, filePath });
        context.store.set({ id, data, filePath: relativePath, digest: context.generateDigest(frontmatter), deferredRender: true });
      }
    },
  };
}
