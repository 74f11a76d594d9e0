import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { locateMdxSyntaxError, mdxSyntaxFix, unclosedBraceBefore } from './source-error.ts';

/** The fields of Astro's errors (and ours) that say what went wrong and where. */
interface ErrorLike {
  name?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
  stack?: string;
}

// Hints for failures whose own message does not say how to fix them.
const HINTS: Array<[RegExp, string]> = [
  [/does not match collection schema/, 'Correct the fields listed above in the frontmatter at the top of the file (between the --- lines); the README lists every field and its format.'],
  [/Could not resolve '([^']+)'/, 'Check the path of the image or file, relative to the article that uses it, and that the file exists.'],
];

/**
 * A build error as an author should read it: what, where (file:line when known) and how to fix,
 * without bundler noise or a stack trace (shown only with DEBUG=1).
 */
export function formatBuildError(error: unknown, env: Record<string, string | undefined> = process.env): string {
  const value = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const message = cleanMessage(locateBundlerError(value.message ?? String(error)));
  const lines = [`Error: ${message}`];
  const file = value.loc?.file ?? value.id;
  if (file && !message.includes(relativePath(file))) {
    const line = value.loc?.line ? `:${value.loc.line}${value.loc.column ? `:${value.loc.column}` : ''}` : '';
    lines.push(`  File: ${relativePath(file)}${line}`);
  }
  const mdxSyntax = /(?:^MDXError: |\.mdx?:\d+:\d+: )((?:Expected|Unexpected|Could not parse).*)/.exec(message)?.[1];
  const hint = mdxSyntax ? mdxSyntaxFix(mdxSyntax) : HINTS.find(([pattern]) => pattern.test(message))?.[1];
  if (!message.includes('Fix:')) {
    if (hint) lines.push(`  Fix: ${hint}`);
    else if (value.hint) lines.push(`  Hint: ${stripAnsi(value.hint).trim()}`);
  }
  if (env['DEBUG'] && value.stack) lines.push('', value.stack);
  return lines.join('\n');
}

/**
 * The bundler reports an MDX syntax error as "[plugin …] /path/a.mdx:18:1" (or ":undefined:undefined"
 * when the parser knew only a range) over "MDXError: Expected a closing tag … (14:1-14:32)": joined
 * here into "path/a.mdx:14:1: Expected …", so the file and line survive the clean-up below.
 */
export function locateBundlerError(raw: string): string {
  const text = stripAnsi(raw);
  const header = /^(?:\[plugin [^\]]+\] )?(\S+\.mdx?):(\d+|undefined):(\d+|undefined)\n(?:MDXError: )?(.+)$/m.exec(text);
  // Our own errors (a ContentError from a plugin) already start with file:line and carry their fix.
  if (!header || /^\S+\.mdx?:\d+/.test(header[4]!)) return raw;
  const [, file, line, column, rest] = header;
  const range = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(rest!);
  const at = line !== 'undefined' ? { line: Number(line), column: Number(column) } : range ? { line: Number(range[1]), column: Number(range[2]) } : undefined;
  if (!at) return `${relativePath(file!)}: ${rest}`;
  const located = locateMdxSyntaxError(rest!, at);
  if (/closing brace for `\{`/.test(located.reason) && existsSync(file!)) Object.assign(located, unclosedBraceBefore(readFileSync(file!, 'utf8'), located));
  return `${relativePath(file!)}:${located.line}:${located.column}: ${located.reason}`;
}

/** A failure found by a hook during `evidence-site build`, kept for the command to print (see deferBuildFailure). */
const deferredKey = Symbol.for('evidence-site.deferred-build-failure');
const deferredStore = globalThis as unknown as Record<symbol, Error | undefined>;

/**
 * Fails the build from an integration hook. Under `evidence-site build` (which builds into a
 * staging folder and discards it on failure) the error is kept for the command to print, because
 * Astro prints an "unhandled error … hook" line before a thrown one; elsewhere it is thrown.
 */
export function failBuild(error: Error, env: Record<string, string | undefined> = process.env): void {
  if (env['EVIDENCE_SITE_STAGING'] !== '1') throw error;
  deferredStore[deferredKey] ??= error;
}

/** The failure a hook deferred during this build, if any; clears it. */
export function takeDeferredBuildFailure(): Error | undefined {
  const error = deferredStore[deferredKey];
  deferredStore[deferredKey] = undefined;
  return error;
}

/** Strips terminal colours, Markdown emphasis, bundler wrappers and stack frames from a message. */
export function cleanMessage(raw: string): string {
  return stripAnsi(raw)
    .replace(/\*\*/g, '')
    .replace(/^`astro sync` command failed to generate content collection types: /, '')
    .replace(/^Build failed with \d+ errors?:\s*/, '')
    .replace(/^MDXError: (?=\S+:\d+)/, '')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) && !/:undefined:undefined$/.test(line))
    .map((line) => line.replace(/^(\s*)([\w.[\]]+): \2: /, '$1$2: ').replace(/^(\s*): /, '$1'))
    .join('\n')
    .replace(/\.\.$/, '.')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replaceAll(`${process.cwd()}/`, '');
}

function relativePath(file: string): string {
  const clean = file.replace(/^file:\/\//, '').split('?')[0]!;
  return clean.startsWith('/') ? relative(process.cwd(), clean) || clean : clean;
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
