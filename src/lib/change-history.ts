import { isoDate } from './dates.ts';

/** One change-history entry of an article, as in its frontmatter. */
export interface Change {
  date: Date;
  kind: 'correction' | 'update' | 'review';
  summary: string;
}

/** A change ready to show: the entry plus the page anchor that links to it (feeds link there). */
export interface ListedChange extends Change {
  anchor: string;
}

/**
 * The changes newest first (ties keep the author's order), each with an anchor unique on the
 * page: `change-YYYY-MM-DD`, then `-2`, `-3` for more changes on the same day.
 */
export function listChanges(changes: readonly Change[]): ListedChange[] {
  const sorted = changes.map((change, index) => ({ change, index })).sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.index - b.index);
  const seen = new Map<string, number>();
  return sorted.map(({ change }) => {
    const day = isoDate(change.date);
    const count = (seen.get(day) ?? 0) + 1;
    seen.set(day, count);
    return { ...change, anchor: count === 1 ? `change-${day}` : `change-${day}-${count}` };
  });
}

/** The day a page last changed: the latest of its published date, `updated` and its change history. */
export function lastModified(published: Date, updated: Date | undefined, changes: readonly Change[]): Date {
  const times = [published, ...(updated ? [updated] : []), ...changes.map((change) => change.date)].map((date) => date.getTime());
  return new Date(Math.max(...times));
}
