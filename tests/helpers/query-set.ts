import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A reader's question, the sections that answer it ("slug#heading-id", or "slug" for any part of that article) and its half of the set. */
export interface SectionQuestion {
  query: string;
  answers: string[];
  half: 'tuning' | 'held-out';
}

/** Reads a question set file ({ questions: [{ query, answers, half }] }). */
export function readQuestionSet(file: string): SectionQuestion[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { questions: SectionQuestion[] }).questions;
}

/** Reads an article's (or standalone page's) built HTML from a site's output folder by slug; undefined when there is none. */
export function builtArticleHtml(siteDir: string): (slug: string) => string | undefined {
  // An article ("articles/<slug>/"), else a standalone page such as "about/".
  return (slug) => {
    for (const file of [join(siteDir, 'articles', slug, 'index.html'), join(siteDir, slug, 'index.html')]) {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        // Not here; try the next place.
      }
    }
    return undefined;
  };
}

/**
 * Answers named by a question set that the built site no longer has (a renamed heading changes
 * its id): the evaluation must fail on these, not count them as misses.
 */
export function missingAnswers(questions: readonly SectionQuestion[], htmlOf: (slug: string) => string | undefined): string[] {
  const missing = new Set<string>();
  for (const question of questions) {
    for (const answer of question.answers) {
      const [slug, id] = answer.split('#') as [string, string | undefined];
      const html = htmlOf(slug);
      if (html === undefined || (id && !html.includes(`id="${id}"`))) missing.add(answer);
    }
  }
  return [...missing];
}

/** "slug#id" (or "slug") of a result link such as "/articles/slug/?highlight=x#id" or a standalone page's "/about/#id". */
export function sectionOf(href: string): string {
  const slug = /\/articles\/([^/?#]+)/.exec(href)?.[1] ?? /^(?:[a-z]+:\/\/[^/]+)?\/([^/?#]+)\/?(?:[?#]|$)/.exec(href)?.[1] ?? href;
  const hash = /#(.+)$/.exec(href)?.[1];
  return hash ? `${slug}#${decodeURIComponent(hash)}` : slug;
}

/**
 * The sections a landing is inside: itself and the headings above it in its article ("slug#h3"
 * is also in "slug#its-h2"), read from the built HTML. A subsection is part of its section, so a
 * result on it lands in an answer named by the section.
 */
export function enclosingSections(htmlOf: (slug: string) => string | undefined): (landed: string) => string[] {
  return (landed) => {
    const [slug, id] = landed.split('#') as [string, string | undefined];
    const html = id ? htmlOf(slug) : undefined;
    if (!id || !html) return [landed];
    const open: Array<{ level: number; id: string }> = [];
    for (const match of html.matchAll(/<h([2-6])\b[^>]*\bid="([^"]+)"/g)) {
      const level = Number(match[1]);
      while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
      if (match[2] === id) return [landed, ...open.map((heading) => `${slug}#${heading.id}`)];
      open.push({ level, id: match[2]! });
    }
    return [landed];
  };
}

/** Whether a result link lands on (or inside) one of a question's answers. */
export function answers(question: SectionQuestion, href: string, within: (landed: string) => string[] = (landed) => [landed]): boolean {
  const landed = sectionOf(href);
  const slug = landed.split('#')[0];
  const sections = within(landed);
  return question.answers.some((answer) => (answer.includes('#') ? sections.includes(answer) : answer === slug));
}

/** The result links (each a result's main link, in order) for each question, through the real search UI. */
export async function askQuestions(reader: SitePage, questions: readonly SectionQuestion[]): Promise<Array<SectionQuestion & { links: string[] }>> {
  await reader.goto();
  await reader.page.keyboard.press('/');
  await reader.searchInput.waitFor();
  const outcomes = [];
  for (const question of questions) {
    await reader.searchInput.fill(question.query);
    await reader.searchSettled(question.query);
    const links = await reader.resultLinks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    outcomes.push({ ...question, links });
  }
  return outcomes;
}

/**
 * success@1 (share whose first result lands in an answer; `within` names the sections a landing is
 * inside) and MRR (mean of 1 / rank of the first answering result) of one half. The report lists
 * the tuning half's misses only: a held-out miss that is never shown cannot be tuned to.
 */
export function scoreQuestions(outcomes: ReadonlyArray<SectionQuestion & { links: string[] }>, half: SectionQuestion['half'], within?: (landed: string) => string[]): { hits: number; total: number; successAt1: number; mrr: number; report: string } {
  const chosen = outcomes.filter((outcome) => outcome.half === half);
  let hits = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const outcome of chosen) {
    const rank = outcome.links.findIndex((href) => answers(outcome, href, within)) + 1;
    if (rank === 1) hits++;
    else misses.push(`  "${outcome.query}": first ${outcome.links[0] ? sectionOf(outcome.links[0]) : '(no results)'}${rank > 1 ? `, answer at ${rank}` : ''}; expected ${outcome.answers.join(' | ')}`);
    if (rank > 0) reciprocal += 1 / rank;
  }
  const total = chosen.length;
  const successAt1 = hits / total;
  const mrr = reciprocal / total;
  const shown = half === 'tuning' && misses.length > 0 ? `; misses:\n${misses.join('\n')}` : half === 'held-out' && misses.length > 0 ? ` (${misses.length} misses, not listed)` : '';
  return { hits, total, successAt1, mrr, report: `${half} half: success@1 ${hits}/${total} (${(successAt1 * 100).toFixed(1)} %), MRR ${mrr.toFixed(3)}${shown}` };
}
