// What a build wrote: pages, bytes, the Pagefind index, and article HTML sizes.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Size facts of one built site. */
export interface OutputStats {
  pages: number;
  files: number;
  distBytes: number;
  /** Everything under pagefind/ (index and UI bundles). */
  pagefindBytes: number;
  /** The index alone: fragments, index chunks, filters, metadata and WASM (no UI code). */
  pagefindIndexBytes: number;
  /** Median size of an article page's HTML, over all article pages (or an even sample of 500). */
  articleHtmlMedian: { raw: number; gzip: number };
}

async function walk(root: string, prefix = ''): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const out: Array<{ path: string; size: number }> = [];
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(root, path)));
    else if (entry.isFile()) out.push({ path, size: (await stat(join(root, path))).size });
  }
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Measures a built site in `dir`. */
export async function outputStats(dir: string): Promise<OutputStats> {
  const files = await walk(dir);
  const pagefind = files.filter((file) => file.path.startsWith('pagefind/'));
  const articles = files.filter((file) => /^articles\/.+\/index\.html$/.test(file.path));
  const step = Math.max(1, Math.floor(articles.length / 500));
  const sample = articles.filter((_, i) => i % step === 0);
  const gzipSizes = await Promise.all(sample.map(async (file) => gzipSync(await readFile(join(dir, file.path)), { level: 6 }).length));
  return {
    pages: files.filter((file) => file.path.endsWith('.html')).length,
    files: files.length,
    distBytes: files.reduce((sum, file) => sum + file.size, 0),
    pagefindBytes: pagefind.reduce((sum, file) => sum + file.size, 0),
    pagefindIndexBytes: pagefind.filter((file) => !/\.(js|css)$/.test(file.path)).reduce((sum, file) => sum + file.size, 0),
    articleHtmlMedian: { raw: median(sample.map((file) => file.size)), gzip: median(gzipSizes) },
  };
}
