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

/** Element id of the n-th in-text citation of a key, the target of the reference list's back link. */
export function citationId(key: string, occurrence: number): string {
  return `cite-${key.replace(/[^A-Za-z0-9_-]/g, '-')}-${occurrence}`;
}
