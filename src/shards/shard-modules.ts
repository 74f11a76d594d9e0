import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildsArticle, type Shard } from '../lib/shards.ts';

/** One entry of Astro's `.astro/content-modules.mjs`: `["content/articles/a.mdx", () => import("…")]`. */
const MODULE_LINE = /^\["((?:[^"\\]|\\.)*)", \(\) => import\(/;

/**
 * In a sharded build, hands Vite only this shard's articles from Astro's list of content modules
 * (every shard writes the full list, so the shared file is the same whoever wrote it last): the
 * other articles are never compiled or held by this process.
 */
export function shardModules(shard: Shard | undefined, { projectRoot, articlesDir }: { projectRoot: string; articlesDir: string }): Plugin {
  const modulesFile = resolve(projectRoot, '.astro', 'content-modules.mjs');
  const articlesPrefix = `${relative(projectRoot, articlesDir).split(sep).join('/')}/`;
  if (shard === undefined) return { name: 'evidence-site:shard-modules' };
  return {
    name: 'evidence-site:shard-modules',
    enforce: 'pre',
    // A filter keeps the bundler from calling into JavaScript for every other module.
    load: {
      filter: { id: new RegExp(`^${escapeRegExp(modulesFile)}$`) },
      handler() {
        const source = readFileSync(modulesFile, 'utf8');
        let entries = 0;
        const kept = source.split('\n').filter((line) => {
          const fileName = MODULE_LINE.exec(line)?.[1];
          if (fileName === undefined) return true;
          entries++;
          return !fileName.startsWith(articlesPrefix) || buildsArticle(shard, fileName);
        });
        if (entries === 0 && source.includes('import(')) {
          throw new Error(`This version of Astro writes ${modulesFile} in a form evidence-site does not know, so it cannot build in shards. Build in one process: --jobs 1 --shard-size larger than the number of articles.`);
        }
        // Keeping only some entries can leave a trailing comma before "]);": valid in a JavaScript array.
        return kept.join('\n');
      },
    },
  };
}

/** `text` matched literally inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
