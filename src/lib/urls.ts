/** Joins a normalized base ("/" or "/sub/path/") and a site path ("/articles/a/", "pagefind/"), keeping query and hash. */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** Site paths of every kind of page, without the base; pass them through `withBase`. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  page: (slug: string) => `/${slug}/`,
  search: () => '/search/',
  claims: () => '/claims/',
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${glossaryAnchor(id)}`,
  feed: () => '/rss.xml',
} as const;

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
