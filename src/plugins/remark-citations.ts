import type { Root, Text, PhrasingContent } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { loadBibliography, type Bibliography } from '../lib/bibliography.ts';
import { CitationNumbering, citationPopoverId, citationUseId, findCitationGroups, formatCitationNumbers, referenceId } from '../lib/citations.ts';
import { shortReference } from '../lib/format-reference.ts';
import { readFileSync } from 'node:fs';
import { createTranslator, type Dictionary } from '../lib/i18n.ts';
import { ContentError, closestMatch } from '../lib/source-error.ts';

// The English strings, for use without a site (unit tests, the report).
const english = (): Dictionary => JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8')) as Dictionary;

/** Options of remarkCitations. */
export interface RemarkCitationsOptions {
  /** Bibliography files to look for (CSL-JSON or BibTeX); the first that exists is used. */
  bibliography: string[];
  /** UI strings of the site's language (labels of the citation buttons and popovers). Default: English. */
  strings?: Dictionary;
}

/** What the plugin leaves in `remarkPluginFrontmatter` for the layout's reference list. */
export interface CitationData {
  /** Cited keys in order of first citation (their numbers are index + 1). */
  citations: string[];
  /** For each cited key, the uses (citation groups, numbered from 1 in reading order) that cite it. */
  citationUses: Record<string, number[]>;
}

/**
 * Turns Pandoc citations (`[@key]`, `[@a; @b]`) into numbered buttons, numbered per article in order
 * of first citation, that open the cited references in place (native popover: no script, works by
 * touch, keyboard and pointer). The numbers stay on the line of the word they follow. An unknown or
 * malformed key fails the build with file, line and a suggestion.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
  const t = createTranslator(options.strings ?? english(), 'UI strings');
  return (tree: Root, file: VFile) => {
    const bibliography = loadBibliography(options.bibliography);
    const numbering = new CitationNumbering();
    const uses: Record<string, number[]> = {};
    // One popover per set of sources: a later citation of the same sources opens the first one's.
    const popovers = new Map<string, string>();
    let use = 0;

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
        // The word before the citation and any punctuation after it stay on one line with the number.
        const before = node.value.slice(cursor, group.start);
        const word = /(\S*)\s*$/.exec(before)!;
        const after = /^[.,;:!?)\]]*/.exec(node.value.slice(group.end))![0];
        if (word.index > 0) replacement.push({ type: 'text', value: before.slice(0, word.index) });
        use += 1;
        for (const key of group.keys) (uses[key] ??= []).push(use);
        const anchor: PhrasingContent[] = [];
        if (word[1]) anchor.push({ type: 'text', value: word[1] });
        anchor.push(citationNode(group.keys, use, numbering, bibliography, t, popovers));
        if (after) anchor.push({ type: 'text', value: after });
        replacement.push({ type: 'citationAnchor', data: { hName: 'span', hProperties: { className: ['cite-anchor'] } }, children: anchor } as unknown as PhrasingContent);
        cursor = group.end + after.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });

    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})['citations'] = numbering.keys satisfies CitationData['citations'];
    astro.frontmatter['citationUses'] = uses satisfies CitationData['citationUses'];
  };
}

/** A button showing the group's sorted numbers ("[1, 6–8]") and the popover it opens (written at the first citation of the same sources only); emitted as hast through mdast `data`. */
function citationNode(keys: string[], use: number, numbering: CitationNumbering, bibliography: Bibliography, t: (key: string) => string, popovers: Map<string, string>): PhrasingContent {
  const numbered = keys.map((key) => ({ key, number: numbering.numberOf(key) })).sort((a, b) => a.number - b.number);
  const label = formatCitationNumbers(numbered.map((item) => item.number));
  const sources = numbered.map((item) => item.key).join('\n');
  const shared = popovers.get(sources);
  const popoverId = shared ?? citationPopoverId(use);
  popovers.set(sources, popoverId);
  const button: Element = {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['cite'],
      id: citationUseId(use),
      popovertarget: popoverId,
      ariaLabel: `${(numbered.length > 1 ? t('citation.labelMany') : t('citation.labelOne'))} ${label}`,
    },
    children: [span(['cite__bracket'], '['), { type: 'text', value: label }, span(['cite__bracket'], ']')],
  };
  const hChildren = shared ? [button] : [button, citationPopover(numbered, popoverId, bibliography, t)];
  return {
    type: 'citation',
    data: { hName: 'span', hProperties: { className: ['cite-group'], dataPagefindIgnore: '' }, hChildren },
  } as unknown as PhrasingContent;
}

/**
 * The popover of a set of sources, written at its first citation only. The full entry is in the
 * article's reference list: the popover names each source in a few words and the page's script
 * copies the entry in when it opens (an article cites a source many times; copying each in the
 * HTML made a third of a typical article's bytes).
 */
function citationPopover(numbered: ReadonlyArray<{ key: string; number: number }>, popoverId: string, bibliography: Bibliography, t: (key: string) => string): Element {
  const items: ElementContent[] = numbered.map(({ key, number }) => {
    return {
      type: 'element',
      tagName: 'span',
      properties: { className: ['cite-pop__item'], dataRef: referenceId(key) },
      children: [
        span(['cite-pop__number'], `${number}.`),
        { type: 'text', value: ' ' },
        span(['cite-pop__short'], shortReference(bibliography.entries.get(key)!)),
        { type: 'text', value: ' ' },
        { type: 'element', tagName: 'a', properties: { className: ['cite-pop__link'], href: `#${referenceId(key)}` }, children: [{ type: 'text', value: t('citation.inList') }] },
      ],
    };
  });
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['cite-pop'], id: popoverId, popover: 'auto', dataPagefindIgnore: '' },
    children: [
      span(['cite-pop__title'], numbered.length > 1 ? t('citation.titleMany') : t('citation.titleOne')),
      ...items,
      { type: 'element', tagName: 'button', properties: { type: 'button', className: ['pop-close'], popovertarget: popoverId, popovertargetaction: 'hide' }, children: [{ type: 'text', value: t('popover.close') }] },
    ],
  };
}

function span(className: string[], text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className }, children: [{ type: 'text', value: text }] };
}

function locate(file: VFile, node: Text, offset: number) {
  const start = node.position?.start;
  const before = node.value.slice(0, offset).split('\n');
  const line = start ? start.line + before.length - 1 : undefined;
  const column = start ? (before.length > 1 ? before.at(-1)!.length + 1 : start.column + offset) : undefined;
  return { file: file.path, line, column };
}
