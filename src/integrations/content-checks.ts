import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { today } from '../lib/dates.ts';
import { checkContentFiles, listMdxFiles } from '../lib/content-files.ts';
import { overdueMessage, reviewStatus, type Review } from '../lib/review.ts';
import { loadBibliography } from '../lib/bibliography.ts';
import { findIncompleteReferences } from '../lib/bibliography-completeness.ts';
import { findFlaggedCitations, findUnknownDesigns, findUnverifiedReferences, gradeClaims, gradeMessage, loadLock } from '../references/site-checks.ts';
import { checkDuplicateContent } from '../lib/duplicate-content.ts';

/** Options of the content-checks integration. */
export interface ContentChecksOptions {
  /** The content folder, whose text files must be non-empty UTF-8. */
  contentRoot?: string;
  articlesDir: string;
  /** The pages folder: with it, duplicate titles, questions and URLs fail the build. */
  pagesDir?: string;
  /** What an overdue review does: print a warning, or fail the build. */
  reviewOverdue: 'warn' | 'fail';
  /** The day to check against. Default: today (or SOURCE_DATE_EPOCH). */
  day?: Date;
  /** Candidate bibliography files; their entries are checked for completeness. Default: none. */
  referenceCandidates?: readonly string[];
  /** What an incomplete bibliography entry does: print a warning, or fail the build. Default: `warn`. */
  bibliographyIncomplete?: 'warn' | 'fail';
  /** What a reference missing from the lock, or differing from it, does. Default: `warn`. */
  referencesUnverified?: 'warn' | 'fail';
  /** What a claim whose certainty does not fit its sources' designs does. Default: `warn`. */
  gradeInconsistent?: 'warn' | 'fail';
}

/**
 * Checks the content folder before Astro reads it (encoding, empty files), and review dates at
 * the start of every build, from the source files, so an overdue review is reported even when
 * nothing else changed (content caches would hide it otherwise).
 */
export function contentChecks(options: ContentChecksOptions): AstroIntegration {
  return {
    name: 'evidence-site:content-checks',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (options.contentRoot) checkContentFiles(options.contentRoot);
        if (options.pagesDir) checkDuplicateContent({ articlesDir: options.articlesDir, pagesDir: options.pagesDir });
        if (options.referenceCandidates) {
          checkBibliography(options.referenceCandidates, options.bibliographyIncomplete ?? 'warn', logger);
          checkReferenceTrust(options.articlesDir, options.referenceCandidates, { referencesUnverified: options.referencesUnverified ?? 'warn', gradeInconsistent: options.gradeInconsistent ?? 'warn' }, logger);
        }
      },
      'astro:build:start': ({ logger }) => {
        const problems = overdueReviews(options.articlesDir, options.day ?? today());
        if (problems.length === 0) return;
        if (options.reviewOverdue === 'fail') {
          throw new Error(`${problems.length} article review(s) overdue (editorial.reviewOverdue is "fail"):\n${problems.join('\n')}`);
        }
        for (const problem of problems) logger.warn(`Review overdue: ${problem}`);
      },
    },
  };
}

/** Warns about, or (with `fail`) throws on, bibliography entries readers could not find or judge. */
export function checkBibliography(candidates: readonly string[], mode: 'warn' | 'fail', logger: { warn(message: string): void }): void {
  const problems = findIncompleteReferences(loadBibliography(candidates));
  if (problems.length === 0) return;
  if (mode === 'fail') {
    throw new Error(
      `${problems.length} incomplete bibliography entr${problems.length === 1 ? 'y' : 'ies'} (editorial.bibliographyIncomplete is "fail"):\n${problems.map((problem) => problem.message).join('\n')}`,
    );
  }
  for (const problem of problems) logger.warn(`Incomplete reference: ${problem.message}`);
}

/**
 * Checks the bibliography against its lock (written online by `evidence-site refs verify`; the
 * build itself stays offline): a citation of a retracted work fails unless the entry states why it
 * is kept; unverified references and claims graded above what their sources' designs support
 * warn, or fail with `fail`.
 */
export function checkReferenceTrust(
  articlesDir: string,
  candidates: readonly string[],
  modes: { referencesUnverified: 'warn' | 'fail'; gradeInconsistent: 'warn' | 'fail' },
  logger: { warn(message: string): void },
): void {
  const bibliography = loadBibliography(candidates);
  const lock = loadLock(bibliography);
  const { retracted, concerns } = findFlaggedCitations(articlesDir, bibliography, lock);
  if (retracted.length > 0) {
    throw new Error(`${retracted.length} citation(s) of retracted work:\n${retracted.join('\n')}`);
  }
  for (const concern of concerns) logger.warn(`Expression of concern: ${concern}`);
  report('Unverified reference', 'editorial.referencesUnverified', findUnverifiedReferences(bibliography, lock), modes.referencesUnverified, logger);
  const inconsistent = gradeClaims(articlesDir, bibliography, lock).filter((grade) => grade.finding);
  report('Unknown study design', 'editorial.gradeInconsistent', findUnknownDesigns(bibliography), modes.gradeInconsistent, logger);
  report('Certainty does not fit the sources', 'editorial.gradeInconsistent', inconsistent.map(gradeMessage), modes.gradeInconsistent, logger);
}

function report(label: string, option: string, problems: string[], mode: 'warn' | 'fail', logger: { warn(message: string): void }): void {
  if (problems.length === 0) return;
  if (mode === 'fail') throw new Error(`${label} (${option} is "fail"):\n${problems.join('\n')}`);
  for (const problem of problems) logger.warn(`${label}: ${problem}`);
}

/** One message per published article whose `review.next` is before `day`. */
export function overdueReviews(articlesDir: string, day: Date): string[] {
  const problems: string[] = [];
  for (const file of listMdxFiles(articlesDir)) {
    const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const review = frontmatter['review'] as Partial<Review> | undefined;
    if (frontmatter['draft'] === true || !review?.next) continue;
    const next = new Date(review.next);
    if (Number.isNaN(next.getTime())) continue; // the schema reports malformed dates
    const normalized = { reviewed: new Date(review.reviewed ?? next), by: String(review.by ?? ''), next };
    const status = reviewStatus(normalized, day);
    if (status.state === 'overdue') problems.push(overdueMessage(relative(process.cwd(), file), normalized, status));
  }
  return problems;
}
