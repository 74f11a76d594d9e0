import type { Plugin } from 'vite';
import { sep } from 'node:path';
import { writesSitePages, type Shard } from '../lib/shards.ts';

/**
 * Shards other than the first serve the site's standalone pages as empty MDX files: they render
 * the site-wide pages only so that every shard bundles the same styles, and shard 0's copies are kept.
 */
export function sitePageStubs(shard: Shard | undefined, { pagesDir }: { pagesDir: string }): Plugin {
  return {
    name: 'evidence-site:site-page-stubs',
    enforce: 'pre',
    load(id) {
      // Queried ids (?astroPropagatedAssets…) are Astro's proxies for the plain file id handled here.
      if (writesSitePages(shard) || !id.endsWith('.mdx') || !id.startsWith(`${pagesDir}${sep}`)) return undefined;
      return '';
    },
  };
}
