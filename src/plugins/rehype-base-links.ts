import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { dirname, relative, resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import { routes, withBase } from '../lib/urls.ts';

/** Options of rehypeBaseLinks. */
export interface RehypeBaseLinksOptions {
  /** Normalized base path, "/" or "/sub/path/". */
  base: string;
  /** Folder of article files, to turn links to `other.mdx` into article URLs. */
  articlesDir: string;
  /** Folder of page files, likewise for pages. */
  pagesDir: string;
}

const URL_ATTRIBUTES = ['href', 'src'] as const;

/**
 * Makes links in content work under any base path: root-relative links (`/articles/a/`) get the
 * base, and links to source files (`./other.mdx#part`) become the URL of that article or page.
 */
export function rehypeBaseLinks(options: RehypeBaseLinksOptions) {
  return (tree: Root, file: VFile) => {
    // At the root path only links to source files change, and those name a .mdx file: most articles skip the walk.
    if (options.base === '/' && !String(file.value).includes('.mdx')) return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES) {
        const value = node.properties[attribute];
        if (typeof value !== 'string') continue;
        node.properties[attribute] = rewrite(value, file.path, options);
      }
    });
  };
}

function rewrite(url: string, sourceFile: string, { base, articlesDir, pagesDir }: RehypeBaseLinksOptions): string {
  const mdx = /^([^?#]+\.mdx)([?#].*)?$/.exec(url);
  if (mdx && !/^[a-z]+:|^\//i.test(url)) {
    // Markdown percent-encodes non-ASCII letters in URLs ("qué-es.mdx" arrives as "qu%C3%A9-es.mdx").
    const target = resolve(dirname(sourceFile), safeDecode(mdx[1]!));
    const suffix = mdx[2] ?? '';
    for (const [dir, route] of [[articlesDir, routes.article], [pagesDir, routes.page]] as const) {
      const inside = relative(dir, target);
      if (!inside.startsWith('..') && !inside.includes(sep)) return withBase(base, route(inside.replace(/\.mdx$/, '').normalize('NFC').toLowerCase())) + suffix;
    }
    return url;
  }
  return url.startsWith('/') && !url.startsWith('//') ? withBase(base, url) : url;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
