import type { Root, Text, PhrasingContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { loadBibliography } from '../lib/bibliography.ts';
import { CitationNumbering, citationId, findCitationGroups, referenceId } from '../lib/citations.ts';
import { ContentError, closestMatch } from '../lib/source-error.ts';

/** Options of remarkCitations. */
export interface RemarkCitationsOptions {
  /** Bibliography files to look for (CSL-JSON or BibTeX); the first that exists is used. */
  bibliography: string[];
}

/** What the plugin leaves in `remarkPluginFrontmatter` for the layout's reference list. */
export interface CitationData {
  /** Cited keys in order of first citation (their numbers are index + 1). */
  citations: string[];
}

/**
 * Turns Pandoc citations (`[@key]`, `[@a; @b]`) into numbered links to the article's reference list,
 * numbered per article in order of first citation. An unknown or malformed key fails the build
 * with file, line and a suggestion.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = loadBibliography(options.bibliography);
    const numbering = new CitationNumbering();
    const occurrences = new Map<string, number>();

    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[')) return;
      const { groups, malformed } = findCitationGroups(node.value);
      const bad = malformed[0];
      if (bad) {
        throw new ContentError(
          locate(file, node, bad.start),
          `Malformed citation "${node.value.slice(bad.start, bad.end)}".`,
          'Write citations as [@key] or [@key1; @key2], with keys from the bibliography.',
        );
      }
      if (groups.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const group of groups) {
        for (const key of group.keys) {
          if (!bibliography.entries.has(key)) {
            const suggestion = closestMatch(key, bibliography.entries.keys());
            throw new ContentError(
              locate(file, node, group.start),
              `Unknown citation key "@${key}".`,
              suggestion
                ? `Did you mean "@${suggestion}"? Otherwise add "${key}" to ${bibliography.file}.`
                : `Add an entry with "id": "${key}" to ${bibliography.file}, or correct the key.`,
            );
          }
        }
        if (group.start > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, group.start) });
        replacement.push(citationNode(group.keys, numbering, occurrences));
        cursor = group.end;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });

    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})['citations'] = numbering.keys satisfies CitationData['citations'];
  };
}

/** A `<sup>` holding one link per key, e.g. [1, 3]; emitted as hast through mdast `data`. */
function citationNode(keys: string[], numbering: CitationNumbering, occurrences: Map<string, number>): PhrasingContent {
  const links: ElementContent[] = [];
  keys.forEach((key, position) => {
    const number = numbering.numberOf(key);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    if (position > 0) links.push({ type: 'text', value: ', ' });
    links.push({
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#${referenceId(key)}`,
        id: citationId(key, occurrence),
        ariaLabel: `Reference ${number}`,
      },
      children: [{ type: 'text', value: String(number) }],
    });
  });
  return {
    type: 'citation',
    data: {
      hName: 'sup',
      hProperties: { className: ['cite'], dataPagefindIgnore: '' },
      hChildren: [{ type: 'text', value: '[' }, ...links, { type: 'text', value: ']' }],
    },
  } as unknown as PhrasingContent;
}

function locate(file: VFile, node: Text, offset: number) {
  const start = node.position?.start;
  const before = node.value.slice(0, offset).split('\n');
  const line = start ? start.line + before.length - 1 : undefined;
  const column = start ? (before.length > 1 ? before.at(-1)!.length + 1 : start.column + offset) : undefined;
  return { file: file.path, line, column };
}
