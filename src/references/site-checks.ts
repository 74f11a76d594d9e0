import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { Bibliography, CslEntry } from '../lib/bibliography.ts';
import { listMdxFiles } from '../lib/content-files.ts';
import { closestMatch, formatLocation } from '../lib/source-error.ts';
import { STUDY_DESIGNS, declaredDesign, isStudyDesign, keepRetractedReason } from './designs.ts';
import { readArticleSources, type ArticleSources, type ClaimSource } from './article-sources.ts';
import { checkGrade, describeDesign, type GradeFinding, type SourceDesign } from './grade.ts';
import { lockPathFor, parseLock, type LockRecord, type ReferenceLock } from './lock.ts';

const sourcesCache = new Map<string, { mtimeMs: number; sources: ArticleSources }>();

/** Claims (and with `citations`, text citations) of each published article, read once per file version. */
function publishedArticleSources(articlesDir: string, citations: boolean): Array<{ file: string; sources: ArticleSources }> {
  return listMdxFiles(articlesDir).flatMap((file) => {
    const { mtimeMs } = statSync(file);
    const cacheKey = `${citations ? 'all' : 'claims'}:${file}`;
    let cached = sourcesCache.get(cacheKey);
    if (!cached || cached.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, sources: readArticleSources(readFileSync(file, 'utf8'), { citations }) };
      sourcesCache.set(cacheKey, cached);
    }
    return cached.sources.draft ? [] : [{ file, sources: cached.sources }];
  });
}

/** The lock next to the bibliography, or undefined when there is none. */
export function loadLock(bibliography: Bibliography): ReferenceLock | undefined {
  const file = lockPathFor(bibliography.file);
  return existsSync(file) ? parseLock(file, readFileSync(file, 'utf8')) : undefined;
}

/** The lock's record for an entry, only while the entry still has the DOI and PMID that were verified. */
export function verifiedRecord(entry: CslEntry, lock: ReferenceLock | undefined): LockRecord | undefined {
  const record = lock?.references[entry.id];
  if (!record || (!entry.DOI && !entry.PMID)) return undefined;
  const same = (ours: unknown, theirs: string | undefined) => (typeof ours === 'string' && ours !== '' ? theirs !== undefined && ours.trim().toLowerCase() === theirs.toLowerCase() : theirs === undefined);
  return same(entry.DOI, record.doi) && same(entry.PMID, record.pmid) ? record : undefined;
}

/** An entry's design: what the author declared, else what the lock's publication types name. */
export function designOf(entry: CslEntry | undefined, lock: ReferenceLock | undefined): string | undefined {
  if (!entry) return undefined;
  return declaredDesign(entry) ?? verifiedRecord(entry, lock)?.design;
}

/** Messages for the build: citations of retracted works (each fails the build) and of works under an expression of concern (each warns). */
export function findFlaggedCitations(articlesDir: string, bibliography: Bibliography, lock: ReferenceLock | undefined): { retracted: string[]; concerns: string[] } {
  const retracted: string[] = [];
  const concerns: string[] = [];
  // Most sites cite nothing retracted: then no article needs reading.
  const flaggedKeys = [...bibliography.entries.values()].filter((entry) => {
    const status = verifiedRecord(entry, lock)?.status;
    return status === 'retracted' || status === 'expression-of-concern';
  });
  if (flaggedKeys.length === 0) return { retracted, concerns };
  for (const { file, sources } of publishedArticleSources(articlesDir, true)) {
    const seen = new Set<string>();
    for (const use of sources.uses) {
      const entry = bibliography.entries.get(use.key);
      const record = entry ? verifiedRecord(entry, lock) : undefined;
      if (!entry || !record || record.status === 'ok' || record.status === 'corrected' || seen.has(use.key)) continue;
      seen.add(use.key);
      const where = formatLocation({ file, line: use.line });
      const notice = record.notices.find((item) => item.kind === (record.status === 'retracted' ? 'retraction' : 'expression-of-concern'));
      const details = [notice?.doi && `notice ${notice.doi}`, notice?.date, notice && `reported by ${notice.source}`].filter(Boolean).join(', ');
      const entryWhere = formatLocation({ file: bibliography.file, line: bibliography.lineOf(use.key) });
      if (record.status === 'retracted') {
        if (keepRetractedReason(entry)) continue;
        retracted.push(
          `${where}: cites "${use.key}", which has been retracted${details ? ` (${details})` : ''}.\n` +
            `  Fix: remove the citation, or, to cite it on purpose (for example to discuss the retraction), add a reason to the entry at ${entryWhere}: ` +
            `"custom": { "keepRetracted": "why it is still cited" } (BibTeX: keepretracted = {why it is still cited}). Readers see the reason next to the reference.`,
        );
      } else {
        concerns.push(`${where}: cites "${use.key}", which carries an expression of concern${details ? ` (${details})` : ''}: check whether the statement still stands.`);
      }
    }
  }
  return { retracted, concerns };
}

/**
 * Entries with a DOI or PMID the lock does not vouch for: missing from it, or with an identifier
 * that differs from the one verified. Without any lock, one notice instead of one line per entry.
 */
export function findUnverifiedReferences(bibliography: Bibliography, lock: ReferenceLock | undefined): string[] {
  const identified = [...bibliography.entries.values()].filter((entry) => entry.DOI || entry.PMID);
  if (identified.length === 0) return [];
  const lockName = basename(lockPathFor(bibliography.file));
  const fix = `Run \`npx evidence-site refs verify\` online and commit ${lockName}.`;
  if (!lock) {
    return [
      `${formatLocation({ file: bibliography.file })}: ${identified.length} reference(s) with a DOI or PMID have not been checked against Crossref and PubMed (no ${lockName}).\n  Fix: ${fix}`,
    ];
  }
  const messages: string[] = [];
  for (const entry of identified) {
    const record = lock.references[entry.id];
    const where = formatLocation({ file: bibliography.file, line: bibliography.lineOf(entry.id) });
    if (!record) {
      messages.push(`${where}: reference "${entry.id}" is not in ${lockName}.\n  Fix: ${fix}`);
    } else if (!verifiedRecord(entry, lock)) {
      const ours = [entry.DOI && `DOI ${entry.DOI}`, entry.PMID && `PMID ${entry.PMID}`].filter(Boolean).join(', ');
      const theirs = [record.doi && `DOI ${record.doi}`, record.pmid && `PMID ${record.pmid}`].filter(Boolean).join(', ');
      messages.push(`${where}: reference "${entry.id}" has ${ours}, but ${lockName} verified ${theirs || 'no identifier'}.\n  Fix: ${fix}`);
    }
  }
  return messages;
}

/** Entries whose declared design is not one of the study designs (a typo would otherwise read as "design unknown"). */
export function findUnknownDesigns(bibliography: Bibliography): string[] {
  return [...bibliography.entries.values()].flatMap((entry) => {
    const design = declaredDesign(entry);
    if (design === undefined || isStudyDesign(design)) return [];
    const guess = closestMatch(design, STUDY_DESIGNS);
    return [
      `${formatLocation({ file: bibliography.file, line: bibliography.lineOf(entry.id) })}: reference "${entry.id}" has the design "${design}", which is not a study design.\n` +
        `  Fix: ${guess ? `did you mean "${guess}"? ` : ''}Use one of: ${STUDY_DESIGNS.join(', ')}.`,
    ];
  });
}

/** One claim with its certainty, the design of each source, and what the GRADE check found. */
export interface ClaimGrade {
  file: string;
  claim: ClaimSource;
  sources: SourceDesign[];
  finding: GradeFinding | undefined;
}

/** Every claim of the published articles, checked against the designs of its sources. */
export function gradeClaims(articlesDir: string, bibliography: Bibliography, lock: ReferenceLock | undefined): ClaimGrade[] {
  const grades: ClaimGrade[] = [];
  for (const { file, sources } of publishedArticleSources(articlesDir, false)) {
    for (const claim of sources.claims) {
      const designs = claim.refs.map(({ key }) => ({ key, design: designOf(bibliography.entries.get(key), lock) }));
      grades.push({ file: relative(process.cwd(), file), claim, sources: designs, finding: checkGrade(claim.certainty, designs, claim.gradeReason) });
    }
  }
  return grades;
}

/** The author-facing warning for a claim whose certainty does not fit its sources. */
export function gradeMessage({ file, claim, sources, finding }: ClaimGrade): string {
  return (
    `${formatLocation({ file, line: claim.line })}: claim "${claim.claim}" is graded ${claim.certainty}, but ${finding?.problem}.\n` +
    `  Sources: ${sources.map(describeDesign).join(', ')}.\n  Fix: ${finding?.fix}`
  );
}
