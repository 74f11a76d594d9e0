import { withBase } from './urls.ts';

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
export function checkRedirectSources(redirects: Readonly<Record<string, string>>, publishedPaths: ReadonlySet<string>): void {
  for (const from of Object.keys(redirects)) {
    const path = `/${from.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    if (publishedPaths.has(path)) {
      throw new Error(`${redirectLocation(from)}: a page is published at ${path}, so it cannot redirect.\n  Fix: Remove the redirect, or rename or delete the page that lives there.`);
    }
  }
}
