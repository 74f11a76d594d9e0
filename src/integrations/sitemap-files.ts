// `evidence-site build` writes the sitemap over the finished folder, after the Astro step, so a
// build split into shards (each Astro process sees a share of the pages) gets one sitemap of all.
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import sitemap from '@astrojs/sitemap';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeBase } from '../lib/urls.ts';

/** Pages that are not in the sitemap: the not-found page. */
export const sitemapFilter = (page: string): boolean => !page.endsWith('/404/') && !page.endsWith('/404.html');

/** The sitemap integration Astro runs when the build's after-build steps are not deferred. */
export function sitemapIntegration(): AstroIntegration {
  return sitemap({ filter: sitemapFilter });
}

/**
 * Writes sitemap-index.xml and sitemap-N.xml into `dir` for every HTML page in it except redirects
 * (`redirects` keys), copies of files in `publicDir` and the not-found page, with @astrojs/sitemap's own writer; resolves to the number of pages listed.
 */
export async function writeSitemapFiles(
  dir: string,
  { site, base, redirects, publicDir }: { site: string; base: string; redirects: Record<string, unknown>; publicDir: string },
): Promise<number> {
  const redirected = new Set(Object.keys(redirects).map((from) => from.replace(/^\/+|\/+$/g, '')));
  // HTML files the site keeps in public/ (a search console's verification file) are copied, not pages.
  const copied = new Set(existsSync(publicDir) ? (await htmlFiles(publicDir)).map((file) => relative(publicDir, file)) : []);
  const pathnames = (await htmlFiles(dir))
    .map((file) => relative(dir, file))
    .filter((file) => !copied.has(file))
    .map((file) => file.split(sep).join('/'))
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file.replace(/\.html$/, '')))
    .filter((pathname) => !redirected.has(pathname.replace(/\/$/, '')))
    .sort();
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message), info: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const hooks = sitemapIntegration().hooks as Record<string, (options: unknown) => Promise<void> | void>;
  const config = { site, base: normalizeBase(base), trailingSlash: 'ignore', build: { format: 'directory' } } as unknown as AstroConfig;
  await hooks['astro:routes:resolved']?.({ routes: [] });
  await hooks['astro:config:done']?.({ config, logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), pages: pathnames.map((pathname) => ({ pathname })), routes: [], logger });
  if (warnings.length > 0) throw new Error(`The sitemap could not be written: ${warnings.join('; ')}`);
  return pathnames.filter((pathname) => sitemapFilter(`/${pathname}`) && pathname !== '404').length;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}
