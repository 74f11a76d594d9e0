import type { Plugin } from 'vite';
import { sep } from 'node:path';
import { writesSitePages, type Shard } from '../lib/shards.ts';

/**
 * Shards other than the first serve the site's standalone pages as empty MDX files: they render
 * the site-wide pages only so that every shard bundles the same styles, and shard 0's copies are kept.
 */
export function sitePageStubs(shard: Shard | undefined, { pagesDir }: { pagesDir: string }): Plugin {
  if (writesSitePages(shard)) return { name: 'evidence-site:site-page-stubs' };
  return {
    name: 'evidence-site:site-page-stubs',
    enforce: 'pre',
    load: {
      // Queried ids (?astroPropagatedAssets…) are Astro's proxies for the plain file id handled here.
      // A filter keeps the bundler from calling into JavaScript for every other module.
      filter: { id: /\.mdx$/ },
      handler: (id) => (id.startsWith(`${pagesDir}${sep}`) ? '' : undefined),
    },
  };
}
