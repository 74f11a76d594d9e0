/** A run of plain text, or a link written in Markdown's `[text](target)` form. */
export type InlinePart = { text: string; href?: undefined } | { text: string; href: string };

// Only links within the site: an anchor on the page ("#when-to-get-help") or a site path ("/articles/x/").
const LINK = /\[([^\]]+)\]\(((?:#|\/)[^\s)]*)\)/g;

/**
 * Splits a short frontmatter text (a key point) into plain runs and in-site links, so a key point
 * can lead straight to the section it sums up, such as when to get help.
 */
export function inlineLinks(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
