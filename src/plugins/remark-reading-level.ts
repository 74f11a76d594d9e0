import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { readingLevel, type ReadingLevel } from '../lib/reading-level.ts';
import { ContentError } from '../lib/source-error.ts';
import { warnAboutFile } from '../lib/diagnostics.ts';

/** Options of remarkReadingLevel. */
export interface RemarkReadingLevelOptions {
  /** Highest Flesch-Kincaid grade allowed. */
  budget: number;
  /** What happens over budget: print a warning, or fail the build. */
  overBudget: 'warn' | 'fail';
  /** Only files inside this folder are held to the budget (others are still measured). */
  enforceIn: string;
  /** The site's language (BCP 47): picks the formula; a language without one is measured but never held to the budget. Default: English. */
  language?: string;
}

/** What the plugin leaves in `remarkPluginFrontmatter`. */
export interface ReadingLevelData {
  readingLevel: ReadingLevel;
}

// Blocks that are not running prose: code, tables, raw HTML/SVG and headings (short labels would flatter the grade).
const SKIPPED = new Set(['code', 'inlineCode', 'table', 'html', 'heading', 'citation', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml']);

/**
 * Measures the reading grade (Flesch-Kincaid in English, Fernández-Huerta in Spanish) of an article's prose (paragraphs and list items, not code,
 * tables, headings or citations) and warns or fails when it is over the site's budget.
 */
export function remarkReadingLevel(options: RemarkReadingLevelOptions) {
  return (tree: Root, file: VFile) => {
    const level = readingLevel(proseBlocks(tree), options.language);
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})['readingLevel'] = level satisfies ReadingLevelData['readingLevel'];
    if (!file.path.startsWith(options.enforceIn) || level.grade === undefined || level.grade <= options.budget) return;
    const error = new ContentError(
      { file: file.path },
      `Reading grade ${level.grade} is over the budget of ${options.budget} (${describeFormula(level)}, ${level.words} words).`,
      'Use shorter sentences and everyday words; explain technical terms once and link them to the glossary.',
    );
    if (options.overBudget === 'fail') throw error;
    warnAboutFile(file.path, `[reading level] ${error.message}`);
  };
}

/** "Flesch-Kincaid", or "Fernández-Huerta 54.2" with the score the grade comes from. */
export function describeFormula(level: ReadingLevel): string {
  if (level.formula === 'fernandez-huerta') return `Fernández-Huerta ${level.score}`;
  return level.formula === 'flesch-kincaid' ? 'Flesch-Kincaid' : 'no formula for this language';
}

/** Plain text of every paragraph outside skipped blocks, one string per paragraph. */
export function proseBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (SKIPPED.has(node.type) || isMarkup(node)) return;
    if (node.type === 'paragraph') {
      blocks.push(textOf(node));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return blocks;
}

function textOf(node: Nodes): string {
  if (SKIPPED.has(node.type) || isMarkup(node)) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

// Lowercase JSX (<svg>, <figure>…) is markup, not prose; components like <Term> or <CareCard> hold prose.
function isMarkup(node: Nodes): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z]/.test(node.name ?? '');
}
