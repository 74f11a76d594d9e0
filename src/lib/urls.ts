/** Joins a normalized base ("/" or "/sub/path/") and a site path ("/articles/a/", "pagefind/"), keeping query and hash. */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** Site paths of every kind of page, without the base; pass them through `withBase`. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodePath(slug)}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  page: (slug: string) => `/${encodePath(slug)}/`,
  search: () => '/search/',
  claims: () => '/claims/',
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${glossaryAnchor(id)}`,
  feed: () => '/rss.xml',
  team: () => '/team/',
  teamMember: (id: string) => `/team/#person-${id}`,
} as const;

/** Percent-encodes each segment of a slug ("qué-es" → "qu%C3%A9-es"), as browsers send it. */
function encodePath(slug: string): string {
  return slug.split('/').map(encodeURIComponent).join('/');
}

/** Element id of a term on the glossary page. */
export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}

/** Absolute URL of a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}

/** Turns "docs", "/docs" or "/docs/" into "/docs/" so every URL join is the same. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

// Addresses a site is configured with before anyone sets the real one (the starter's example.org,
// a local preview): canonical links to them send readers' shares nowhere.
const PLACEHOLDER_HOST = /^(?:(?:[^.]+\.)*example\.(?:org|com|net)|(?:[^.]+\.)*localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

/** Whether a site URL is a placeholder (example.org/.com/.net or a subdomain, localhost, a loopback address), not a real deployment. */
export function isPlaceholderUrl(siteUrl: string): boolean {
  try {
    return PLACEHOLDER_HOST.test(new URL(siteUrl).hostname);
  } catch {
    return false;
  }
}

/** The build's warning for a placeholder address, naming what is left out and how to set the real one; undefined for a real address. */
export function placeholderAddressWarning(siteUrl: string): string | undefined {
  if (!isPlaceholderUrl(siteUrl)) return undefined;
  return [
    `!!! This site is built for the placeholder address ${siteUrl}, not its real one.`,
    '!!! Pages get no canonical link and no og:url (shares would point at the placeholder); the sitemap and feed still use it.',
    '!!! Fix: set SITE_URL to the address the site is served from (SITE_URL=https://<your address> npm run build), or url in site.config.ts.',
  ].join('\n');
}
