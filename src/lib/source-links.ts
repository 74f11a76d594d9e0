import type { Root } from 'mdast';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { formatLocation } from './source-error.ts';

/** A link as the author wrote it, with where. */
export interface SourceLink {
  url: string;
  line: number | undefined;
  column: number | undefined;
}

/** What one article or page links to, and the ids it gives its own elements. */
export interface LinkSource {
  file: string;
  links: SourceLink[];
  /** Heading ids (as rehype-slug makes them) and ids written in the source. */
  ids: Set<string>;
}

/** The site the links must resolve in. */
export interface SourceLinkSite {
  articlesDir: string;
  pagesDir: string;
  topicIds: ReadonlySet<string>;
  /** The site's `public/` folder, for links to static files. */
  publicDir?: string | undefined;
  /** Ids every article and page carries from the engine's layout (`key-points`, `references`…). */
  layoutIds: ReadonlySet<string>;
}

/** One broken link, located in its source. */
export interface BrokenSourceLink {
  file: string;
  line: number | undefined;
  column: number | undefined;
  url: string;
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
// Pages and files the engine writes, besides articles, pages and topics.
const ENGINE_PATHS = new Set(['', 'articles', 'topics', 'claims', 'glossary', 'search', 'rss.xml', 'sitemap-index.xml', 'robots.txt', '404']);
const ENGINE_FOLDERS = ['pagefind/', '_astro/', 'assets/'];
// Ids the engine generates on every article: reference entries, citation uses and popovers, the evidence key, footnotes.
const GENERATED_ID = /^(?:ref-|cite-|key-|user-content-)/;

/** The links of a parsed article or page (Markdown links, definitions, `href` props) and its element ids. */
export function collectLinks(tree: Root, file: string): LinkSource {
  const links: SourceLink[] = [];
  const ids = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, ...at });
    else if (node.type === 'heading') ids.add(slugger.slug(toString(node)));
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attribute.name === 'href') links.push({ url: attribute.value, ...at });
        if (attribute.name === 'id') ids.add(attribute.value);
      }
    }
  });
  return { file, links, ids };
}

/**
 * Internal links that lead nowhere, found in the sources (no build needed): an article, page,
 * topic or file that does not exist, or a `#fragment` the target article or page has no heading
 * or element for. Links to `other.mdx` are resolved as the build resolves them.
 */
export function findBrokenSourceLinks(sources: readonly LinkSource[], site: SourceLinkSite): BrokenSourceLink[] {
  const byFile = new Map(sources.map((source) => [resolve(source.file), source]));
  const byPath = new Map<string, LinkSource>();
  for (const source of sources) {
    const path = sitePathOf(source.file, site);
    if (path !== undefined) byPath.set(path, source);
  }
  const broken: BrokenSourceLink[] = [];
  for (const source of sources) {
    for (const link of source.links) {
      const reason = problemWith(link.url, source, { site, byFile, byPath });
      if (reason) broken.push({ file: source.file, line: link.line, column: link.column, url: link.url, reason });
    }
  }
  return broken;
}

/** The author's message for broken links: one located line each, then the fix. */
export function describeBrokenSourceLinks(broken: readonly BrokenSourceLink[]): string {
  return [
    `${broken.length} broken internal link(s):`,
    ...broken.map((link) => `  ${formatLocation(link)}: ${link.url}: ${link.reason}`),
    '  Fix: correct the link (site paths look like /articles/<file-name>/#heading-id, or link the file: ./other-article.mdx#heading-id), or create the missing page or heading.',
  ].join('\n');
}

interface Lookup {
  site: SourceLinkSite;
  byFile: ReadonlyMap<string, LinkSource>;
  byPath: ReadonlyMap<string, LinkSource>;
}

function problemWith(url: string, source: LinkSource, { site, byFile, byPath }: Lookup): string | undefined {
  if (EXTERNAL.test(url) || url.trim() === '' || url === '#') return undefined;
  const [pathPart = '', ...hashParts] = url.split('#');
  const fragment = safeDecode(hashParts.join('#'));
  const path = pathPart.split('?')[0]!;
  let target: LinkSource | undefined;
  if (path === '') {
    target = source;
  } else if (/\.mdx$/.test(path) && !path.startsWith('/')) {
    const file = resolve(dirname(source.file), safeDecode(path));
    target = byFile.get(file);
    if (!target) return existsSync(file) ? 'the file is not an article or page (only files in articles/ and pages/ are published)' : `no file ${relative(process.cwd(), file) || file}`;
  } else {
    const own = sitePathOf(source.file, site) ?? '';
    const resolved = safeDecode(new URL(path, `http://site.invalid/${own}`).pathname).normalize('NFC').replace(/^\/+|\/+$/g, '');
    target = byPath.get(resolved);
    if (!target) return isEnginePage(resolved, site) || isStaticFile(resolved, site) ? undefined : 'no article, page or file has this address';
  }
  if (fragment && !target.ids.has(fragment) && !site.layoutIds.has(fragment) && !GENERATED_ID.test(fragment)) {
    return `${relative(process.cwd(), target.file) || target.file} has no heading or element with the id "${fragment}"`;
  }
  return undefined;
}

/** "articles/a" for an article file, "about" for a page; undefined for other files. */
function sitePathOf(file: string, { articlesDir, pagesDir }: SourceLinkSite): string | undefined {
  for (const [dir, prefix] of [
    [articlesDir, 'articles/'],
    [pagesDir, ''],
  ] as const) {
    const inside = relative(dir, file);
    if (inside.startsWith('..') || inside.startsWith(sep)) continue;
    return `${prefix}${inside.split(sep).join('/').replace(/\.mdx$/, '').replace(/(^|\/)index$/, '').normalize('NFC').toLowerCase()}`;
  }
  return undefined;
}

function isEnginePage(path: string, { topicIds }: SourceLinkSite): boolean {
  if (ENGINE_PATHS.has(path) || ENGINE_FOLDERS.some((folder) => `${path}/`.startsWith(folder))) return true;
  const topic = /^topics\/([^/]+)$/.exec(path)?.[1];
  return topic !== undefined && topicIds.has(topic);
}

function isStaticFile(path: string, { publicDir }: SourceLinkSite): boolean {
  // Without the public folder (a content-only check), a link to a file cannot be judged.
  if (!publicDir) return /\.[a-z0-9]+$/i.test(path);
  return path !== '' && existsSync(join(publicDir, path));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
