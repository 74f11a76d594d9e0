import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Astro cache folder for a content folder: one per content root, so caches of different sites
 * never mix. `SITE_CACHE_DIR` overrides it (tests put throwaway sites' caches next to them).
 */
export function cacheDirFor(contentRoot: string, projectRoot: string = process.cwd(), env = process.env): string {
  if (env['SITE_CACHE_DIR']) return resolve(projectRoot, env['SITE_CACHE_DIR']);
  const id = createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 12);
  return resolve(projectRoot, 'node_modules/.astro', id);
}
