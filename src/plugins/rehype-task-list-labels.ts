import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const TASK_MARKER = /\[[ xX]\]/;

/**
 * Gives each GFM task-list checkbox an accessible name (the item's own text): remark-gfm emits
 * bare `<input type="checkbox" disabled>` elements, which screen readers announce without a label.
 */
export function rehypeTaskListLabels() {
  return (tree: Root, file: VFile) => {
    // A GFM task item is written "[ ]" or "[x]": an article without one has no checkbox to label.
    if (!TASK_MARKER.test(String(file.value))) return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !String(node.properties['className'] ?? '').includes('task-list-item')) return;
      const checkbox = findCheckbox(node);
      if (!checkbox || checkbox.properties['ariaLabel']) return;
      const label = ownText(node).replace(/\s+/g, ' ').trim();
      if (label) checkbox.properties['ariaLabel'] = label;
    });
  };
}

function findCheckbox(item: Element): Element | undefined {
  for (const child of item.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'input') return child;
    if (child.tagName === 'p') return child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'input');
  }
  return undefined;
}

// Text of the item itself, not of nested lists.
function ownText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === 'ul' || node.tagName === 'ol') return '';
  return node.children.map(ownText).join('');
}
