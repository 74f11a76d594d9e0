import { relative } from 'node:path';
import type { ContentPaths } from './content-paths.ts';
import { listMdxFiles } from './content-files.ts';
import { readYamlList } from './yaml-list.ts';
import { routes, withBase } from './urls.ts';

/** Where a redirect of the site config is, for messages: "site.config.ts → redirects["/old/"]". */
export function redirectLocation(from: string): string {
  return `site.config.ts → redirects[${JSON.stringify(from)}]`;
}

/**
 * The site config's redirects as Astro takes them: Astro serves the old address under the base
 * path itself but uses the new one as written, so site paths get the base here and an author
 * writes every address the same way.
 */
export function redirectsWithBase(redirects: Readonly<Record<string, string>>, base: string): Record<string, string> {
  return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, to.startsWith('/') ? withBase(base, to) : to]));
}

/**
 * Fails, naming the redirect in the site config, when an old address is one a page still
 * publishes to (Astro would report a route clash in "src/pages", a folder the site does not have).
 */
export function checkRedirectSources(redirects: Readonly<Record<string, string>>, taken: ReadonlySet<string>): void {
  for (const from of Object.keys(redirects)) {
    const path = `/${from.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    if (taken.has(path)) {
      throw new Error(`${redirectLocation(from)}: a page is published at ${path}, so it cannot redirect.\n  Fix: Remove the redirect, or rename or delete the page that lives there.`);
    }
  }
}

/** Every site path a page is published at (without the base), so a redirect cannot hide one. */
export function publishedPaths(paths: ContentPaths): Set<string> {
  const articles = listMdxFiles(paths.articles).map((file) => routes.article(relative(paths.articles, file).replace(/\.mdx$/, '').replace(/\/?index$/, '').normalize('NFC').toLowerCase()));
  const pages = listMdxFiles(paths.pages).map((file) => routes.page(relative(paths.pages, file).replace(/\.mdx$/, '').normalize('NFC').toLowerCase()));
  const topics = readYamlList(paths.topics).map(({ value }) => routes.topic(String((value as { id?: unknown } | null)?.id)));
  const fixed = [routes.home(), routes.topics(), routes.claims(), routes.glossary(), routes.search(), '/404/'];
  // Paths are compared decoded: an author writes "/qué-es/", not "/qu%C3%A9-es/".
  return new Set([...fixed, ...articles, ...pages, ...topics].map((path) => decodeURIComponent(path)));
}
