import { relative } from 'node:path';

/** The fields of Astro's errors (and ours) that say what went wrong and where. */
interface ErrorLike {
  name?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
  cause?: unknown;
  stack?: string;
}

/**
 * A build error as an author should read it: what, where (file:line when known) and how to fix,
 * without the stack trace (shown only with DEBUG=1).
 */
export function formatBuildError(error: unknown, env: Record<string, string | undefined> = process.env): string {
  const value = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const message = stripAnsi(value.message ?? String(error)).trim();
  const lines = [`Error: ${message}`];
  const file = value.loc?.file ?? value.id;
  if (file && !message.includes(relativePath(file))) {
    const line = value.loc?.line ? `:${value.loc.line}${value.loc.column ? `:${value.loc.column}` : ''}` : '';
    lines.push(`  File: ${relativePath(file)}${line}`);
  }
  if (value.hint) lines.push(`  Hint: ${stripAnsi(value.hint).trim()}`);
  if (env['DEBUG'] && value.stack) lines.push('', value.stack);
  return lines.join('\n');
}

function relativePath(file: string): string {
  const clean = file.replace(/^file:\/\//, '').split('?')[0]!;
  return clean.startsWith('/') ? relative(process.cwd(), clean) || clean : clean;
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
