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
