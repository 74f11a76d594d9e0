import { CITATION_KEY } from './bibliography.ts';

/** One `[@a; @b]` group found in a piece of text. */
export interface CitationGroup {
  /** Offset of `[` in the text. */
  start: number;
  /** Offset just past `]`. */
  end: number;
  keys: string[];
}

const GROUP = /\[(\s*@[^\]\n]*)\]/g;
const ITEM = new RegExp(`^@(${CITATION_KEY.source})$`);

/**
 * Finds Pandoc-style citation groups (`[@key]`, `[@a; @b]`) in plain text.
 * A bracket that starts with `@` but is not a list of keys is reported as malformed, so typos never pass as prose.
 */
export function findCitationGroups(text: string): { groups: CitationGroup[]; malformed: CitationGroup[] } {
  const groups: CitationGroup[] = [];
  const malformed: CitationGroup[] = [];
  for (const match of text.matchAll(GROUP)) {
    const items = match[1]!.split(';').map((item) => item.trim());
    const keys = items.map((item) => ITEM.exec(item)?.[1]);
    const group = { start: match.index, end: match.index + match[0].length, keys: keys.filter((k) => k !== undefined) };
    if (keys.every((key) => key !== undefined)) groups.push(group);
    else malformed.push({ ...group, keys: items });
  }
  return { groups, malformed };
}

/** Numbers citation keys in order of first appearance, as Vancouver style requires. */
export class CitationNumbering {
  readonly #numbers = new Map<string, number>();

  /** The number of `key`, assigning the next one on first sight. */
  numberOf(key: string): number {
    let number = this.#numbers.get(key);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      this.#numbers.set(key, number);
    }
    return number;
  }

  /** Keys in citation order. */
  get keys(): string[] {
    return [...this.#numbers.keys()];
  }
}

/** Stable element id of a reference-list entry. */
export function referenceId(key: string): string {
  return `ref-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Element id of the n-th citation group (one use) in an article, the target of a reference's back link. */
export function citationUseId(use: number): string {
  return `cite-${use}`;
}

/** Element id of the popover that shows the references of the n-th citation group. */
export function citationPopoverId(use: number, prefix = 'cite-pop'): string {
  return `${prefix}-${use}`;
}

/**
 * Citation numbers as readers expect them: sorted, duplicates dropped, and runs of three or more
 * collapsed into a range, e.g. [6, 1, 7, 8] → "1, 6–8" (Vancouver style).
 */
export function formatCitationNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    if (end - start >= 2) parts.push(`${sorted[start]}–${sorted[end]}`);
    else for (let index = start; index <= end; index++) parts.push(String(sorted[index]));
    start = end + 1;
  }
  return parts.join(', ');
}
