import type { Certainty, Verdict } from './evidence.ts';

/** One checked claim as an article states it, with the article it comes from. */
export interface SourcedClaim<A> {
  claim: string;
  verdict: Verdict;
  certainty: Certainty;
  summary: string;
  refs: readonly string[];
  /** Author-given link between claims that ask the same question (possibly phrased the opposite way). */
  id?: string | undefined;
  article: A;
}

/** A claim as the claims page lists it: once, with every other place and phrasing it was checked in. */
export interface MergedClaim<A> {
  /** The first statement of the claim in reading order: its wording and verdict lead. */
  main: SourcedClaim<A>;
  /** The same claim elsewhere: repeats and other phrasings, in reading order. */
  others: SourcedClaim<A>[];
  /** Articles that check the claim, each once, in reading order. */
  articles: A[];
}

/** A claim's wording reduced to what makes it the same claim: case, accents, punctuation and spacing ignored. */
export function normalizeClaim(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Merges claims that are the same: the same `id` (set by authors to link opposite phrasings) or the
 * same normalised wording. Groups keep the order of their first claim.
 */
export function mergeClaims<A>(claims: ReadonlyArray<SourcedClaim<A>>): MergedClaim<A>[] {
  const groups: MergedClaim<A>[] = [];
  const byKey = new Map<string, MergedClaim<A>>();
  for (const claim of claims) {
    const keys = [`text:${normalizeClaim(claim.claim)}`, ...(claim.id ? [`id:${claim.id}`] : [])];
    const group = keys.map((key) => byKey.get(key)).find((found) => found !== undefined);
    if (group) {
      group.others.push(claim);
      if (!group.articles.includes(claim.article)) group.articles.push(claim.article);
    } else {
      const created = { main: claim, others: [], articles: [claim.article] };
      groups.push(created);
      keys.forEach((key) => byKey.set(key, created));
      continue;
    }
    keys.forEach((key) => byKey.set(key, group));
  }
  return groups;
}
