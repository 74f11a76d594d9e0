import { relative } from 'node:path';

/** Where in an author's file a problem is. */
export interface SourceLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/**
 * An error in an author's content, with the file, line and the fix in the message.
 * The build prints `message` as is, so it is written for the author, not for a stack trace.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly location: SourceLocation;
  constructor(location: SourceLocation, problem: string, fix?: string) {
    super(`${formatLocation(location)}: ${problem}${fix ? `\n  Fix: ${fix}` : ''}`);
    this.location = location;
  }
}

/** "content/articles/a.mdx:12:5", relative to the working directory when possible. */
export function formatLocation({ file, line, column }: SourceLocation): string {
  const shown = file.startsWith('/') ? relative(process.cwd(), file) || file : file;
  return `${shown}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
}

/** The general hint for MDX syntax errors: what an unclosed tag or an unescaped character needs. */
export const MDX_SYNTAX_FIX =
  'Check the MDX syntax on that line: every <Component> needs a closing tag (or />) with the same name, and "{", "}" or "<" in text must be escaped as \\{, \\} or &lt;.';

/** The fix for one MDX syntax error, as specific as its message allows. */
export function mdxSyntaxFix(reason: string): string {
  const unclosed = /Expected a closing tag for `<([\w.]+)>`/.exec(reason)?.[1];
  if (unclosed && /paragraph/.test(reason)) return `Close the component in the same paragraph: add </${unclosed}> after its text, or end the tag with /> if it has no content.`;
  if (unclosed) return `Close the component: add </${unclosed}> on its own line after its content (with a blank line before it), or end the tag with /> if it has no content.`;
  const mismatched = /Unexpected closing tag `<\/([\w.]*)>`, expected corresponding closing tag for `<([\w.]+)>`/.exec(reason);
  if (mismatched) return `The closing tag must match the opening one: write </${mismatched[2]}> here, or close <${mismatched[2]}> before <\/${mismatched[1]}>.`;
  if (/closing brace for `\{`|in expression/.test(reason)) return 'Curly braces start code in MDX: write \\{ and \\} for a literal brace in text, or close the expression with }.';
  if (/before name|in name|attribute name/.test(reason)) return 'A "<" in text starts a tag in MDX: write &lt; (or the words "less than"), e.g. "&lt;5%".';
  return MDX_SYNTAX_FIX;
}

/**
 * An MDX parser message made readable at the right place: a tag left open inside a paragraph is
 * reported at the tag (the parser points at the paragraph), and a trailing "(14:1-14:46)" becomes
 * "(opened on line 14)" when it is another line, or goes when it repeats the position.
 */
export function locateMdxSyntaxError(reason: string, at: { line: number; column: number | undefined }): { reason: string; line: number; column: number | undefined } {
  const unclosed = /^(Expected a closing tag for `<[^>]*>`) \((\d+):(\d+)-\d+:\d+\)(.*)$/s.exec(reason);
  if (unclosed) {
    return { reason: `${unclosed[1]}${unclosed[4]!.replace(/`paragraph`/, 'its paragraph')}`, line: Number(unclosed[2]), column: Number(unclosed[3]) };
  }
  const text = reason.replace(/\s*\((\d+):\d+(?:-\d+:\d+)?\)\s*$/, (_, line: string) => (Number(line) === at.line ? '' : ` (opened on line ${line})`));
  return { reason: text, ...at };
}

/**
 * Where the "{" is that a parser reports as never closed: the parser points at the end of the
 * paragraph, the author needs the brace. Searches back from that point; undefined when none.
 */
export function unclosedBraceBefore(source: string, at: { line: number; column: number | undefined }): { line: number; column: number } | undefined {
  const lines = source.split('\n');
  for (let line = at.line; line >= 1 && line > at.line - 50; line--) {
    const text = lines[line - 1] ?? '';
    if (line < at.line && text.trim() === '') return undefined; // a blank line ends the paragraph
    const end = line === at.line && at.column ? at.column - 1 : text.length;
    for (let column = end; column >= 1; column--) {
      if (text[column - 1] === '{' && text[column - 2] !== '\\') return { line, column };
    }
  }
  return undefined;
}

/**
 * Line and column of a parser error (micromark, MDX): from its `place`, its `line`/`column`, or
 * the "(14:1-14:32)" its message ends with when the parser knew only a range (an unclosed tag).
 */
export function syntaxErrorPosition(error: unknown): { line: number; column: number | undefined } | undefined {
  const value = (typeof error === 'object' && error !== null ? error : {}) as {
    place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
    line?: number;
    column?: number;
    reason?: string;
    message?: string;
  };
  const start = value.place?.start ?? value.place;
  if (start?.line) return { line: start.line, column: start.column };
  if (typeof value.line === 'number' && value.line > 0) return { line: value.line, column: value.column ?? undefined };
  const range = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/m.exec(value.reason ?? value.message ?? '');
  return range ? { line: Number(range[1]), column: Number(range[2]) } : undefined;
}

/** The closest candidate to `word` by edit distance, for "did you mean" hints; undefined when nothing is close. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
