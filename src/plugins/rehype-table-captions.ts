import type { Root, Element, ElementContent, Parent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError } from '../lib/source-error.ts';
import { warnAboutFile } from '../lib/diagnostics.ts';

/** Options of rehypeTableCaptions. */
export interface RehypeTableCaptionsOptions {
  /** What a table without a caption does: warn (the caption defaults to the section heading) or fail. Default: `warn`. */
  missing?: 'warn' | 'fail';
}

const PREFIX = /^\s*Table:\s*/;

/**
 * Gives every Markdown table a caption and labels its cells for phones. Authors write the caption
 * as a paragraph starting with "Table:" just before the table (Pandoc's syntax); it becomes the
 * `<caption>`. A table without one gets the text of the heading above it, with a warning naming
 * file and line (or a build failure). Each data cell gets its column header as `data-label`, so
 * narrow screens can show every row as a card of "header: value" lines.
 */
export function rehypeTableCaptions(options: RehypeTableCaptionsOptions = {}) {
  const missing = options.missing ?? 'warn';
  return (tree: Root, file: VFile) => {
    // A GFM table needs "|" in its source: an article without one has no table, so skip the walk.
    if (!String(file.value).includes('|')) return;
    let heading = '';
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent: Parent | undefined) => {
      if (/^h[2-6]$/.test(node.tagName)) heading = textOf(node).trim();
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const id = `table-caption-${count}`;
      const previous = previousElement(parent, index);
      let caption: ElementContent[];
      if (previous && previous.node.tagName === 'p' && PREFIX.test(textOf(previous.node))) {
        caption = stripPrefix(previous.node.children);
        parent.children.splice(previous.index, index - previous.index);
        index = previous.index;
      } else {
        const error = new ContentError(
          { file: file.path, line: node.position?.start.line, column: node.position?.start.column },
          'This table has no caption.',
          'Write a paragraph starting with "Table:" just before it, e.g. "Table: Studies of X and what they found".',
        );
        if (missing === 'fail') throw error;
        warnAboutFile(file.path, `[table caption] ${error.message}`);
        caption = [{ type: 'text', value: heading || `Table ${count}` }];
      }
      node.children.unshift({ type: 'element', tagName: 'caption', properties: { id }, children: caption });
      labelCells(node);
      return index + 1;
    });
  };
}

function previousElement(parent: Parent, index: number): { node: Element; index: number } | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const child = parent.children[i]!;
    if (child.type === 'text' && child.value.trim() === '') continue;
    return child.type === 'element' ? { node: child, index: i } : undefined;
  }
  return undefined;
}

function stripPrefix(children: ElementContent[]): ElementContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  return [{ ...first, value: first.value.replace(PREFIX, '') }, ...rest];
}

// Header text of each column, copied onto the cells of that column as data-label.
function labelCells(table: Element): void {
  const rows: Element[] = [];
  visit(table, 'element', (node: Element) => {
    if (node.tagName === 'tr') rows.push(node);
  });
  const [header, ...body] = rows;
  if (!header) return;
  const labels = cells(header).map((cell) => textOf(cell).trim());
  for (const row of body) cells(row).forEach((cell, column) => {
    if (labels[column]) cell.properties['dataLabel'] = labels[column];
  });
}

function cells(row: Element): Element[] {
  return row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}
