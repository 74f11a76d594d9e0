import { readFileSync } from 'node:fs';
import type { SitePage } from './site-page.ts';

/** A query and the slug of the article that should come first. */
export interface RankedQuery {
  query: string;
  expected: string;
}

/** Reads a query set file ({ queries: [{ query, expected }] }). */
export function readQuerySet(file: string): RankedQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RankedQuery[] }).queries;
}

/** What came first for each query, through the real search UI (dialog opened once, then typed into). */
export async function rankQueries(reader: SitePage, queries: readonly RankedQuery[]): Promise<Array<RankedQuery & { first: string }>> {
  await reader.goto();
  await reader.page.keyboard.press('/');
  await reader.searchInput.waitFor();
  const outcomes = [];
  for (const entry of queries) {
    await reader.searchInput.fill(entry.query);
    await reader.searchSettled(entry.query);
    const href = (await reader.resultLinks.first().getAttribute('href').catch(() => null)) ?? '';
    const first = /\/articles\/([^/?#]+)/.exec(href)?.[1] ?? (href || '(no results)');
    outcomes.push({ ...entry, first });
  }
  return outcomes;
}

/** Share of queries whose expected article came first, and a readable report of the misses. */
export function scoreRanking(outcomes: ReadonlyArray<RankedQuery & { first: string }>): { share: number; report: string } {
  const hits = outcomes.filter((outcome) => outcome.first === outcome.expected).length;
  const misses = outcomes.filter((outcome) => outcome.first !== outcome.expected).map((outcome) => `  "${outcome.query}": first ${outcome.first}, expected ${outcome.expected}`);
  const share = hits / outcomes.length;
  return { share, report: `${hits}/${outcomes.length} queries (${(share * 100).toFixed(1)} %) have the right article first${misses.length ? `; misses:\n${misses.join('\n')}` : ''}` };
}
