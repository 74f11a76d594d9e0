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
