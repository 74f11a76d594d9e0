// `evidence-site report`: per article, the reading grade, words, citations, claims and review status,
// checked with the same schemas and plugins as the build. `evidence-site check` does the same and
// exits non-zero when the site config's editorial rules would fail a build.
import { resolve } from 'node:path';
import { auditContent, auditLinks } from '../content-audit.ts';
import { isoDate, today } from '../lib/dates.ts';
import { formatBuildError } from '../lib/build-error.ts';
import { loadBibliography } from '../lib/bibliography.ts';
import { findIncompleteReferences, type IncompleteReference } from '../lib/bibliography-completeness.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { checkRedirectSources, publishedPaths } from '../lib/redirects.ts';
import { CERTAINTIES } from '../lib/evidence.ts';
import { readabilityFormula, type ReadingLevel } from '../lib/reading-level.ts';
import { loadSiteConfig } from './site-config-file.ts';
import { formatLocation } from '../lib/source-error.ts';
import { describeDesign } from '../references/grade.ts';
import { findFlaggedCitations, findUnknownDesigns, findUnverifiedReferences, gradeClaims, loadLock, type ClaimGrade } from '../references/site-checks.ts';

/** Prints the content report of the site in the working folder; with `isCheck`, fails (exit code 1) where a build would. */
export async function reportCommand({ isCheck = false } = {}): Promise<number> {
  let site;
  try {
    site = await loadSiteConfig();
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
  const { readingGradeBudget, readingGradeOverBudget, reviewOverdue, bibliographyIncomplete, referencesUnverified, gradeInconsistent } = site.editorial;
  let audits;
  let incomplete: IncompleteReference[];
  let grades: ClaimGrade[];
  let unverified: string[];
  let unknownDesigns: string[];
  let flagged: { retracted: string[]; concerns: string[] };
  try {
    audits = await auditContent(site.contentDir, today(), site.language);
    auditLinks(site.contentDir, resolve('public'));
    const paths = contentPaths(site.contentDir);
    checkRedirectSources(site.redirects, publishedPaths(paths));
    const bibliography = loadBibliography(paths.referenceCandidates);
    const lock = loadLock(bibliography);
    incomplete = findIncompleteReferences(bibliography);
    grades = gradeClaims(paths.articles, bibliography, lock);
    unverified = findUnverifiedReferences(bibliography, lock);
    unknownDesigns = findUnknownDesigns(bibliography);
    flagged = findFlaggedCitations(paths.articles, bibliography, lock);
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
  const rows = audits.map((audit) => [
    `${audit.slug}${audit.draft ? ' (draft)' : ''}`,
    gradeCell(audit.readingLevel, readingGradeBudget),
    String(audit.readingLevel.words),
    String(audit.citations),
    String(audit.claims),
    CERTAINTIES.filter((level) => audit.certainties[level] > 0).map((level) => `${audit.certainties[level]} ${level}`).join(', ') || '-',
    !audit.review
      ? 'not reviewed (draft)'
      : audit.review.state === 'current'
        ? `current, due ${isoDate(audit.review.next)}`
        : `OVERDUE since ${isoDate(audit.review.next)}`,
  ]);
  printTable(['Article', 'Grade', 'Words', 'Citations', 'Claims', 'Claim certainty (GRADE)', 'Review'], rows);
  const published = audits.filter((audit) => !audit.draft);
  const overBudget = published.filter((audit) => (audit.readingLevel.grade ?? 0) > readingGradeBudget);
  const formula = readabilityFormula(site.language);
  const overdue = published.filter((audit) => audit.review?.state === 'overdue');
  console.log(
    `\n${published.length} published article(s). ` +
      (formula
        ? `Reading-grade budget ${readingGradeBudget} (${formula === 'fernandez-huerta' ? 'Fernández-Huerta bands' : 'Flesch-Kincaid'}): ${overBudget.length ? `${overBudget.length} over budget` : 'all within budget'}. `
        : `Reading grade: no formula for "${site.language}", check skipped. `) +
      `Reviews: ${overdue.length ? `${overdue.length} overdue` : 'none overdue'}. ` +
      `Bibliography: ${incomplete.length ? `${incomplete.length} incomplete entr${incomplete.length === 1 ? 'y' : 'ies'}` : 'every entry complete'}.`,
  );
  for (const problem of incomplete) console.log(`\nIncomplete reference: ${problem.message}`);
  for (const problem of unknownDesigns) console.log(`\nUnknown study design: ${problem}`);
  printClaimGrades(grades);
  for (const problem of unverified) console.log(`\nUnverified reference: ${problem}`);
  for (const problem of flagged.concerns) console.log(`\nExpression of concern: ${problem}`);
  for (const problem of flagged.retracted) console.log(`\nRetracted: ${problem}`);
  const inconsistent = grades.filter((grade) => grade.finding);
  const failing =
    (overBudget.length > 0 && readingGradeOverBudget === 'fail') ||
    (overdue.length > 0 && reviewOverdue === 'fail') ||
    (incomplete.length > 0 && bibliographyIncomplete === 'fail') ||
    (unverified.length > 0 && referencesUnverified === 'fail') ||
    ((inconsistent.length > 0 || unknownDesigns.length > 0) && gradeInconsistent === 'fail') ||
    flagged.retracted.length > 0;
  if (isCheck && failing) {
    console.error('Content check failed: fix what is marked above (see site.config.ts → editorial).');
    return 1;
  }
  if (isCheck) console.log('Content check passed.');
  return 0;
}

/** Each claim's certainty beside the design of each source it cites, with what does not fit marked "!". */
function printClaimGrades(grades: ClaimGrade[]): void {
  if (grades.length === 0) return;
  const inconsistent = grades.filter((grade) => grade.finding).length;
  console.log(`\nClaim certainty and source designs (${inconsistent ? `${inconsistent} do not fit` : 'all fit'}):`);
  const width = Math.max(...grades.map((grade) => grade.claim.certainty.length));
  for (const { file, claim, sources, finding } of grades) {
    console.log(`${finding ? '!' : ' '} ${claim.certainty.padEnd(width)}  ${claim.claim}  (${formatLocation({ file, line: claim.line })})`);
    console.log(`  ${' '.repeat(width)}  sources: ${sources.map(describeDesign).join(', ')}${claim.gradeReason ? `; reason stated: ${claim.gradeReason}` : ''}`);
    if (finding) console.log(`  ${' '.repeat(width)}  ${finding.problem}. Fix: ${finding.fix}`);
  }
}

/** A reading grade as the report shows it, marked "!" when over budget. */
function gradeCell(level: ReadingLevel, budget: number): string {
  if (level.grade === undefined) return '-';
  const shown = level.formula === 'fernandez-huerta' ? `${level.grade} (FH ${level.score})` : level.grade.toFixed(1);
  return shown + (level.grade > budget ? ' !' : '');
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

