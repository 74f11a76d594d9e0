import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { ContentError, closestMatch, formatLocation } from '../lib/source-error.ts';
import { warnAboutFile } from '../lib/diagnostics.ts';

/** How a provided component's props are checked. */
export type PropRules = Record<string, Record<string, { required: boolean; values?: readonly string[] }>>;

/** Options of remarkMdxChecks. */
export interface RemarkMdxChecksOptions {
  /** Components the site provides to every MDX file, with their props. */
  components: PropRules;
}

/**
 * Fails at compile time, with file, line and a fix, when an article refers to something that does
 * not exist: a component neither provided by the site nor imported (MDX would fail only while
 * rendering, without naming the article), a wrong prop of a provided component, or a local image
 * file (the bundler would report a line of generated code). One walk for all three.
 */
export function remarkMdxChecks({ components: rules }: RemarkMdxChecksOptions) {
  const components = Object.keys(rules);
  return (tree: Root, file: VFile) => {
    const known = new Set(components);
    visit(tree, 'mdxjsEsm', (node) => {
      for (const match of node.value.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})/g)) {
        if (match[1]) known.add(match[1]);
        for (const name of match[2]?.split(',') ?? []) known.add(name.trim().split(/\s+as\s+/).at(-1)!);
      }
    });
    visit(tree, (node) => {
      if (node.type === 'image') {
        if (!node.alt?.trim()) warnNoAlt(node.url, file, node.position?.start, 'markdown');
        return checkImage(node.url, file, node.position?.start);
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      const where = { file: file.path, line: node.position?.start.line, column: node.position?.start.column };
      if (name === 'img') {
        const alt = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt');
        const src = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src')?.value;
        // alt="" written out is the author saying "decorative"; only a missing alt is a mistake.
        if (!alt && !node.attributes.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute')) warnNoAlt(typeof src === 'string' ? src : '…', file, node.position?.start, 'tag');
        return;
      }
      if (rules[name]) return checkProps(name, node.attributes, rules[name], where);
      if (!/^[A-Z]/.test(name) || known.has(name.split('.')[0]!)) return;
      const suggestion = closestMatch(name, components);
      throw new ContentError(
        where,
        `Unknown component <${name}>.`,
        `${suggestion ? `Did you mean <${suggestion}>? ` : ''}Components available in every article: ${components.map((c) => `<${c}>`).join(', ')}.`,
      );
    });
  };
}

function checkProps(
  name: string,
  attributes: Array<{ type: string; name?: string; value?: unknown }>,
  props: PropRules[string],
  where: { file: string; line: number | undefined; column: number | undefined },
): void {
  const given = new Map(attributes.filter((a) => a.type === 'mdxJsxAttribute').map((a) => [a.name!, a.value]));
  for (const [prop] of given) {
    if (!props[prop]) {
      throw new ContentError(where, `<${name}> has no prop "${prop}".`, `Use: ${Object.keys(props).join(', ')}.`);
    }
  }
  for (const [prop, rule] of Object.entries(props)) {
    const value = given.get(prop);
    if (value === undefined) {
      if (rule.required) throw new ContentError(where, `<${name}> needs a ${prop} prop.`, rule.values ? `Add ${prop}="${rule.values[0]}" (one of: ${rule.values.join(', ')}).` : `Add ${prop}="…".`);
      continue;
    }
    if (typeof value !== 'string') continue; // an expression: checked when it renders
    if (rule.values && !rule.values.includes(value)) {
      throw new ContentError(where, `<${name} ${prop}="${value}">: "${value}" is not a valid ${prop}.`, `Use one of: ${rule.values.join(', ')}.`);
    }
  }
}

/**
 * Screen-reader users hear nothing, or the file name, for an image without alt text. Markdown's
 * `![](…)` cannot tell "forgot" from "decorative", so only an `<img alt="">` written out counts
 * as decorative.
 */
function warnNoAlt(url: string, file: VFile, start: { line: number; column: number } | undefined, written: 'markdown' | 'tag'): void {
  const where = formatLocation({ file: file.path, line: start?.line, column: start?.column });
  const example = written === 'markdown' ? `![what the image shows](${url})` : `<img src="${url}" alt="what the image shows" />`;
  // A tag's src is not bundled, so a decorative image is a file in public/, linked from the site root.
  const decorative = `<img src="${url.startsWith('/') ? url : '/images/file-in-public.svg'}" alt="" />`;
  warnAboutFile(
    file.path,
    `[image alt text] ${where}: Image "${url}" has no alt text.\n  Fix: Describe what it shows for readers who cannot see it: ${example}. If it is only decoration, say so with an empty alt written out: ${decorative}.`,
  );
}

function checkImage(url: string, file: VFile, start: { line: number; column: number } | undefined): void {
  const path = url.split(/[?#]/)[0] ?? '';
  if (path === '' || /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(path)) return;
  const target = resolve(dirname(file.path), decodeURIComponent(path));
  if (existsSync(target)) return;
  throw new ContentError(
    { file: file.path, line: start?.line, column: start?.column },
    `Image "${url}" not found (looked for ${target}).`,
    'Check the path, relative to this article file, or add the image there.',
  );
}
