import type { CslEntry } from '../lib/bibliography.ts';
import type { FetchedWork, WorkAuthor } from './work.ts';

/** One field where the bibliography and a registry disagree. */
export interface Mismatch {
  key: string;
  field: 'title' | 'year' | 'first author' | 'journal' | 'DOI';
  /** What the bibliography says. */
  ours: string;
  /** What the registry says. */
  theirs: string;
  registry: 'Crossref' | 'PubMed';
}

/** Text reduced to what makes it the same words: accents, case, markup, punctuation and spacing ignored. */
export function normalizeText(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters Unicode does not decompose, as registries and authors often write them plainly.
    .replace(/[øœæßłđı]/g, (letter) => ({ ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' })[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

/** The year an entry gives (`issued`), if any. */
export function entryYear(entry: CslEntry): number | undefined {
  const issued = entry['issued'] as { 'date-parts'?: unknown[][]; raw?: unknown; literal?: unknown } | undefined;
  const year = Number(issued?.['date-parts']?.[0]?.[0] ?? /\b(\d{4})\b/.exec(String(issued?.raw ?? issued?.literal ?? ''))?.[1]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** The first author's family name (or an organisation's name) as written, if any. */
export function firstAuthorName(authors: unknown): string | undefined {
  const first = (Array.isArray(authors) ? authors[0] : undefined) as WorkAuthor | undefined;
  const name = first?.family ?? first?.literal;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/**
 * Where the entry disagrees with what the registry holds for its DOI or PMID: title, year, first
 * author and journal, plus the DOI when PubMed lists a different one. Fields either side leaves
 * empty are not compared (the fill step adds what is missing).
 */
export function compareWithRegistry(key: string, entry: CslEntry, work: FetchedWork, registry: Mismatch['registry']): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const add = (field: Mismatch['field'], ours: string, theirs: string) => mismatches.push({ key, field, ours, theirs, registry });
  if (typeof entry.title === 'string' && work.title && !sameTitle(entry.title, work.title)) add('title', entry.title, work.title);
  const year = entryYear(entry);
  // A work printed the year after it appeared online carries both years; either is right.
  if (year !== undefined && work.years.length > 0 && !work.years.includes(year)) add('year', String(year), work.years.join(' or '));
  const ourAuthor = firstAuthorName(entry['author']);
  const theirAuthor = firstAuthorName(work.authors);
  if (ourAuthor && theirAuthor && normalizeText(ourAuthor) !== normalizeText(theirAuthor)) add('first author', ourAuthor, theirAuthor);
  const journal = entry['container-title'];
  if (entry.type === 'article-journal' && typeof journal === 'string' && journal.trim() !== '' && work.journals.length > 0) {
    const ours = normalizeText(journal);
    const abbreviated = normalizeText(String(entry['container-title-short'] ?? entry['journalAbbreviation'] ?? ''));
    const known = work.journals.map(normalizeText);
    if (!known.includes(ours) && !(abbreviated && known.includes(abbreviated))) add('journal', journal, work.journals[0]!);
  }
  if (registry === 'PubMed' && typeof entry.DOI === 'string' && work.doi && entry.DOI.toLowerCase() !== work.doi.toLowerCase()) add('DOI', entry.DOI, work.doi);
  return mismatches;
}

// Registries add a trailing full stop, "RETRACTED:" stays a real difference.
function sameTitle(ours: string, theirs: string): boolean {
  return normalizeText(ours) === normalizeText(theirs);
}
