/** A heading as Astro reports it from a rendered entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry with its sub-entries. */
export interface TocItem extends Heading {
  children: TocItem[];
}

/** Options of buildToc. */
export interface TocOptions {
  /** Shallowest heading level listed. Default: 2 (the h1 is the page title). */
  minDepth?: number;
  /** Deepest heading level listed. Default: 3. */
  maxDepth?: number;
}

/** Nests headings into a table of contents; a heading that skips a level attaches to the nearest shallower one. */
export function buildToc(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 }: TocOptions = {}): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length > 0 && stack.at(-1)!.depth >= item.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(item);
    stack.push(item);
  }
  return root;
}
