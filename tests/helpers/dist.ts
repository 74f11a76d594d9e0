import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every file of a built site, as paths relative to its root, sorted. */
export function listDist(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
      });
  return walk(root);
}

/** The parsed document of a built page ("articles/a/" → articles/a/index.html). */
export function readPage(root: string, path: string): Document {
  const file = join(root, path.endsWith('.html') ? path : join(path, 'index.html'));
  if (!existsSync(file)) throw new Error(`No page at ${path} (looked for ${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** The text of a built file. */
export function readText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}
