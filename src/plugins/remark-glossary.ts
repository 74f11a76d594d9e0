import type { Root, Nodes, Parent, PhrasingContent, Text } from 'mdast';
import type { MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { loadGlossary } from '../lib/glossary.ts';
import { createTranslator, type Dictionary } from '../lib/i18n.ts';
import { ContentError, closestMatch } from '../lib/source-error.ts';
import { routes } from '../lib/urls.ts';

// The English strings, for use without a site (unit tests, the report).
const english = (): Dictionary => JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8')) as Dictionary;

/** Options of remarkGlossary. */
export interface RemarkGlossaryOptions {
  /** Path of glossary.yaml. */
  glossary: string;
  /** Name of the MDX component that renders a term. Default: `Term`. */
  component?: string;
  /** Most terms linked automatically in one paragraph (or table cell); the others are linked at a later use. Default: 2. */
  maxPerBlock?: number;
  /** UI strings of the site's language (the popover's link and close button). Default: English. */
  strings?: Dictionary;
}

/** What the plugin leaves in `remarkPluginFrontmatter`: ids of the glossary terms the article uses. */
export interface GlossaryData {
  glossaryTerms: string[];
}

// Where a term link would be wrong or redundant.
const SKIPPED = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'html', 'table', 'citation', 'glossaryTerm', 'yaml']);

/**
 * Links the first use of each glossary term (or alias) in an article to its definition, with the
 * markup the Term component renders (a button and the native popover it opens) written here as
 * plain elements: a paragraph without components stays static HTML, which MDX compiles to one
 * string instead of a tree of calls (smaller modules, faster rendering). Checks every explicit
 * `<Term id>` against the glossary. Terms in the page title are never linked: the page itself
 * explains them (they still count as used, so search finds the page by their synonyms).
 */
export function remarkGlossary(options: RemarkGlossaryOptions) {
  const component = options.component ?? 'Term';
  const maxPerBlock = options.maxPerBlock ?? 2;
  const t = createTranslator(options.strings ?? english(), 'UI strings');
  return (tree: Root, file: VFile) => {
    const glossary = loadGlossary(options.glossary);
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    const title = astro.frontmatter?.['title'];
    const used = new Set<string>(typeof title === 'string' ? glossary.find(title).map((hit) => hit.id) : []);

    // A paragraph full of underlined words is hard to read: each block links a few terms at most.
    const BLOCKS = new Set(['paragraph', 'tableCell']);
    const walk = (node: Nodes, block: { linked: number }) => {
      if (SKIPPED.has(node.type)) return;
      if (isJsx(node)) {
        if (node.name === component) {
          const id = explicitId(node);
          if (!id || !glossary.terms.has(id)) {
            const suggestion = id ? closestMatch(id, glossary.terms.keys()) : undefined;
            throw new ContentError(
              { file: file.path, line: node.position?.start.line, column: node.position?.start.column },
              id ? `Unknown glossary term "${id}" in <${component} id="${id}">.` : `<${component}> needs an id attribute.`,
              suggestion ? `Did you mean "${suggestion}"?` : `Add the term to ${glossary.file}, or use one of its ids.`,
            );
          }
          used.add(id);
          return;
        }
        if (/^[a-z]/.test(node.name ?? '')) return;
      }
      if (!('children' in node)) return;
      const parent = node as Parent;
      const inner = BLOCKS.has(node.type) ? { linked: 0 } : block;
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index] as Nodes;
        if (child.type === 'text') index += linkFirstUses(parent, index, child, used, inner);
        else walk(child, inner);
      }
    };
    walk(tree, { linked: 0 });

    (astro.frontmatter ??= {})['glossaryTerms'] = [...used] satisfies GlossaryData['glossaryTerms'];

    // Wraps unlinked terms of one text node; returns how many nodes were added after it.
    function linkFirstUses(parent: Parent, index: number, node: Text, seen: Set<string>, block: { linked: number }): number {
      const hits = glossary.find(node.value).filter((hit) => {
        if (seen.has(hit.id) || block.linked >= maxPerBlock) return false;
        seen.add(hit.id);
        block.linked += 1;
        return true;
      });
      if (hits.length === 0) return 0;
      const parts: PhrasingContent[] = [];
      let cursor = 0;
      for (const hit of hits) {
        if (hit.start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, hit.start) });
        parts.push(termNode(hit.id, node.value.slice(hit.start, hit.end)));
        cursor = hit.end;
      }
      if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...(parts as Parent['children']));
      return parts.length - 1;
    }

    /** The Term component's markup for an automatically linked term (ids differ from the component's, which count from 1). */
    function termNode(id: string, text: string): PhrasingContent {
      const term = glossary.terms.get(id)!;
      const popoverId = `term-pop-${id}`;
      const element = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({ type: 'element', tagName, properties, children });
      const textOf = (value: string) => ({ type: 'text' as const, value });
      return {
        type: 'glossaryTerm',
        data: {
          hName: 'span',
          hProperties: { className: ['term'] },
          hChildren: [
            element('button', { type: 'button', className: ['term__button'], popovertarget: popoverId }, [textOf(text)]),
            element('span', { className: ['term-pop'], id: popoverId, popover: 'auto', dataPagefindIgnore: '' }, [
              element('span', { className: ['term-pop__title'] }, [textOf(term.term)]),
              textOf(' '),
              element('span', { className: ['term-pop__text'] }, [textOf(term.definition)]),
              textOf(' '),
              element('a', { className: ['term-pop__link'], href: routes.glossaryTerm(id) }, [textOf(t('term.more'))]),
              element('button', { type: 'button', className: ['pop-close'], popovertarget: popoverId, popovertargetaction: 'hide' }, [textOf(t('popover.close'))]),
            ]),
          ],
        },
      } as unknown as PhrasingContent;
    }
  };
}

function isJsx(node: Nodes): node is MdxJsxTextElement | MdxJsxFlowElement {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
}

function explicitId(node: MdxJsxTextElement | MdxJsxFlowElement): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
