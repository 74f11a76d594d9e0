import { normalizeBase } from '../lib/urls.ts';
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// Imported up front: in an installed site this file runs in Vite's module runner, which is closed
// by the time `astro:build:done` runs, so a lazy import() there fails.
import * as pagefindModule from 'pagefind';
import { afterBuildDeferred } from './after-build-mode.ts';

/** The part of Pagefind's Node API this integration uses (so tests can pass a fake). */
export interface PagefindApi {
  createIndex: typeof import('pagefind').createIndex;
  close: typeof import('pagefind').close;
}

/** Options of the pagefind integration. */
export interface PagefindOptions {
  /** Folder of the last build, whose index the dev server serves. */
  lastBuildDir: string;
  /** Loads the Pagefind API; replaced in tests. Default: the `pagefind` package. */
  loadApi?: () => Promise<PagefindApi>;
}

// The site draws results itself with Pagefind's JS API (src/client/search.js): the bundled UIs are dead weight.
const UNUSED_BUNDLE_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Writes the Pagefind search index into the build output in `astro:build:done` through the Node
 * API, turning Pagefind's errors into a failed build and always closing the index; in dev it
 * serves the last build's index so search works before the next build.
 */
export function pagefind(options: PagefindOptions): AstroIntegration {
  const loadApi = options.loadApi ?? (async () => pagefindModule);
  let base = '/';
  return {
    name: 'evidence-site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}pagefind/`;
        const root = join(options.lastBuildDir, 'pagefind');
        server.middlewares.use((request, response, next) => {
          // Astro's dev server strips the base path from `url` before later middleware sees it;
          // `originalUrl` keeps it, so the index is found under any base path.
          const url = ((request as { originalUrl?: string }).originalUrl ?? request.url)?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = normalize(join(root, decodeURIComponent(url.slice(prefix.length))));
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('No search index yet: run `npm run build` once.');
            return;
          }
          response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (afterBuildDeferred()) return;
        // Pagefind runs as a separate process while this one still holds the build in memory:
        // collect what rendering left behind first (when Node allows it), so the two peaks do not add up.
        (globalThis as { gc?: () => void }).gc?.();
        const pages = await writeSearchIndex(fileURLToPath(dir), await loadApi());
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}

/** What the caller of writeSearchIndex is told along the way. */
export interface SearchIndexEvents {
  /** Called once Pagefind has read every page, before it writes the index. */
  pagesRead?: () => void;
}

/** Writes the Pagefind index of the built site in `site` (its `pagefind/` folder); resolves to the number of pages indexed. */
export async function writeSearchIndex(site: string, api: PagefindApi = pagefindModule, { pagesRead }: SearchIndexEvents = {}): Promise<number> {
  try {
    const { index, errors } = await api.createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no pages with data-pagefind-body to index.');
    pagesRead?.();
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(site, 'pagefind', file), { force: true })));
    return added.page_count;
  } finally {
    await api.close();
  }
}
