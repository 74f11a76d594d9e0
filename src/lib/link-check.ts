import type { ScannedPage } from './html-scan.ts';

/** One link that leads nowhere. */
export interface BrokenLink {
  /** URL path of the page holding the link, e.g. "/docs/articles/a/". */
  page: string;
  url: string;
  reason: string;
}

/** Options of checkLinks. */
export interface LinkCheckOptions {
  /** Normalized base path the site is served under ("/" or "/sub/"). */
  base: string;
  /** Files in the output, as paths relative to its root ("articles/a/index.html"). */
  files: ReadonlySet<string>;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The page with only what the audit keeps (its ids, internal links each once, inline scripts), in
 * strings of their own: a parser's attribute values are slices that keep the whole page's HTML
 * alive, 130 KB a page, so a site of 5,000 pages held 650 MB until the audit ended.
 */
export function checkedLinksOnly(page: ScannedPage): ScannedPage {
  const seen = new Set<string>();
  const links = page.links.filter(({ url }) => {
    if (EXTERNAL.test(url) || url === '#' || url.trim() === '' || seen.has(url)) return false;
    seen.add(url);
    return true;
  });
  // A JSON round trip is the one plain way to get fresh copies of strings in JavaScript.
  const copy = JSON.parse(JSON.stringify({ ids: [...page.ids], links, inlineScripts: page.inlineScripts })) as Omit<ScannedPage, 'ids'> & { ids: string[] };
  return { ...copy, ids: new Set(copy.ids) };
}

/**
 * Finds internal links and assets that do not resolve to a file in the output, and #fragments
 * with no matching id on the target page. `pages` maps each page's output file to its scan.
 */
export function checkLinks(pages: ReadonlyMap<string, ScannedPage>, { base, files }: LinkCheckOptions): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [file, page] of pages) {
    const pagePath = urlPathOf(file, base);
    for (const { url } of page.links) {
      if (EXTERNAL.test(url) || url === '#' || url.trim() === '') continue;
      const resolved = new URL(url, `http://site.invalid${pagePath}`);
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (!resolved.pathname.startsWith(base)) {
        broken.push({ page: pagePath, url, reason: `it points outside the site's base path ${base}` });
        continue;
      }
      const target = fileFor(decodeURIComponent(resolved.pathname.slice(base.length)), files);
      if (!target) {
        broken.push({ page: pagePath, url, reason: 'no file or page exists at this address' });
        continue;
      }
      if (fragment && target.endsWith('.html')) {
        const targetPage = pages.get(target);
        if (targetPage && !targetPage.ids.has(fragment)) {
          broken.push({ page: pagePath, url, reason: `the page has no element with id "${fragment}"` });
        }
      }
    }
  }
  return broken;
}

/** The output file a site path serves, trying the path itself, then `index.html` and `.html`. */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The URL path a page file is served at: "articles/a/index.html" → "/base/articles/a/". */
export function urlPathOf(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
