import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { basename } from 'node:path';
import { paths, bibliography } from './content-data.ts';
import { readYamlList } from './lib/yaml-list.ts';
import { createSlugRegistry } from './lib/content-ids.ts';
import { loadPeople, schemaPeople } from './lib/people.ts';
import { createArticleSchema, pageSchema, topicSchema } from './schemas.ts';

/**
 * The content collections of an evidence site (articles, pages, topics) from the configured
 * content folder. A site's `src/content.config.ts` is: `export const collections = evidenceCollections();`
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
  const slugLoader = (dir: string, pattern: string) => {
    const slugOf = createSlugRegistry(dir);
    return glob({ pattern, base: dir, retainBody: false, generateId: ({ entry }) => slugOf(entry) });
  };
  return {
    articles: defineCollection({ loader: slugLoader(paths.articles, '**/*.mdx'), schema: articleSchema }),
    pages: defineCollection({ loader: slugLoader(paths.pages, '*.mdx'), schema: pageSchema }),
    topics: defineCollection({ loader: file(paths.topics), schema: topicSchema }),
  };
}
