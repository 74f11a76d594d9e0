import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { ContentError } from '../lib/source-error.ts';

/**
 * Fails with the article's file and line when a Markdown image points to a local file that does
 * not exist (the bundler would otherwise report a line of generated code).
 */
export function remarkImageCheck() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'image', (node) => {
      const url = node.url.split(/[?#]/)[0] ?? '';
      if (url === '' || /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url)) return;
      const target = resolve(dirname(file.path), decodeURIComponent(url));
      if (existsSync(target)) return;
      throw new ContentError(
        { file: file.path, line: node.position?.start.line, column: node.position?.start.column },
        `Image "${node.url}" not found (looked for ${target}).`,
        'Check the path, relative to this article file, or add the image there.',
      );
    });
  };
}
