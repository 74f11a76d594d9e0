import { relative } from 'node:path';

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
  [/MDXError: (Expected|Unexpected|Could not parse)/, 'Check the MDX syntax on that line: every <Component> needs a closing tag (or />), and "{", "}" or "<" in text must be escaped as \\{, \\} or &lt;.'],
  [/Could not resolve '([^']+)'/, 'Check the path of the image or file, relative to the article that uses it, and that the file exists.'],
];

/**
 * A build error as an author should read it: what, where (file:line when known) and how to fix,
 * without bundler noise or a stack trace (shown only with DEBUG=1).
 */
export function formatBuildError(error: unknown, env: Record<string, string | undefined> = process.env): string {
  const value = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const message = cleanMessage(value.message ?? String(error));
  const lines = [`Error: ${message}`];
  const file = value.loc?.file ?? value.id;
  if (file && !message.includes(relativePath(file))) {
    const line = value.loc?.line ? `:${value.loc.line}${value.loc.column ? `:${value.loc.column}` : ''}` : '';
    lines.push(`  File: ${relativePath(file)}${line}`);
  }
  const hint = HINTS.find(([pattern]) => pattern.test(message))?.[1];
  if (!message.includes('Fix:')) {
    if (hint) lines.push(`  Fix: ${hint}`);
    else if (value.hint) lines.push(`  Hint: ${stripAnsi(value.hint).trim()}`);
  }
  if (env['DEBUG'] && value.stack) lines.push('', value.stack);
  return lines.join('\n');
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
