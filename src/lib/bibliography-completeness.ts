import type { Bibliography, CslEntry } from './bibliography.ts';
import { formatLocation } from './source-error.ts';

/** One missing part of a bibliography entry, with what to add. */
export interface IncompleteReference {
  key: string;
  /** The CSL-JSON field (or fields) to fill in. */
  field: string;
  /** Author-facing message: file, line, key, what is missing and how to fix it. */
  message: string;
}

// Titles that reference managers and hurried authors leave behind instead of the real one.
const PLACEHOLDER_TITLE = /^(?:untitled|no title|title|tbd|todo|tba|unknown|placeholder|n\/?a|x+|\.{3}|…|-+|\?+)$|\btodo\b|lorem ipsum|\[title\]|add title/i;
// Works that are their own container: a book or report is found by its publisher, not a journal.
const SELF_CONTAINED = new Set(['book', 'report', 'thesis', 'dataset', 'software', 'standard', 'legislation']);

/**
 * Every part a reader needs to find and judge a source, missing from the bibliography's entries:
 * authors (or an institutional author), a year, a real title, a container (journal, book, site or
 * publisher), a locator (DOI, PMID or URL), and for journal articles volume and pages or a DOI.
 */
export function findIncompleteReferences(bibliography: Bibliography): IncompleteReference[] {
  const problems: IncompleteReference[] = [];
  for (const [key, entry] of bibliography.entries) {
    const report = (field: string, problem: string, fix: string) =>
      problems.push({
        key,
        field,
        message: `${formatLocation({ file: bibliography.file, line: bibliography.lineOf(key) })}: reference "${key}" ${problem}\n  Fix: ${fix}`,
      });
    if (!hasAuthor(entry)) {
      report('author', 'has no author.', 'Add "author": people as { "family", "given" }, or an organisation as { "literal": "World Health Organization" }.');
    }
    // A living web page often shows no date; the day it was read ("cited") dates it instead.
    if (yearOf(entry) === undefined && !(entry.type === 'webpage' && isDate(entry['accessed']))) {
      report(
        'issued',
        'has no year.',
        entry.type === 'webpage'
          ? 'Add "issued": { "date-parts": [[2020]] } with the date the page shows, or, for an undated page, "accessed" with the day you read it.'
          : 'Add "issued": { "date-parts": [[2020]] } with the year of publication.',
      );
    }
    if (typeof entry.title === 'string' && PLACEHOLDER_TITLE.test(entry.title.trim())) {
      report('title', `has a placeholder title "${entry.title}".`, 'Write the real title of the work as published.');
    }
    if (!hasContainer(entry)) {
      report(
        'container-title',
        SELF_CONTAINED.has(entry.type) ? 'has no publisher.' : 'has no container: the journal, book or website it appeared in.',
        SELF_CONTAINED.has(entry.type) ? 'Add "publisher".' : 'Add "container-title" (the journal, book or website name).',
      );
    }
    if (!entry.DOI && !entry.PMID && !entry.URL) {
      report('DOI', 'has no DOI, PMID or URL.', 'Add "DOI" or "PMID" (or "URL" for a web page).');
    }
    if (entry.type === 'article-journal' && !entry.DOI) {
      const missing = ['volume', 'page'].filter((field) => !isFilled(entry[field]));
      if (missing.length > 0) {
        report(missing.join(', '), `is a journal article without a DOI and has no ${missing.join(' or ')}.`, 'Add the DOI, or the "volume" and "page" range as printed.');
      }
    }
  }
  return problems;
}

function isFilled(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}

function hasAuthor(entry: CslEntry): boolean {
  const people = entry['author'] ?? entry['editor'];
  return (
    Array.isArray(people) &&
    people.some((person: Record<string, unknown>) => isFilled(person?.['family']) || isFilled(person?.['literal']))
  );
}

function yearOf(entry: CslEntry): number | undefined {
  const issued = entry['issued'] as { 'date-parts'?: unknown[][]; literal?: unknown; raw?: unknown } | undefined;
  const year = Number(issued?.['date-parts']?.[0]?.[0] ?? /\b(\d{4})\b/.exec(String(issued?.raw ?? issued?.literal ?? ''))?.[1]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

function isDate(value: unknown): boolean {
  return Number.isInteger(Number((value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0]));
}

function hasContainer(entry: CslEntry): boolean {
  if (SELF_CONTAINED.has(entry.type)) return isFilled(entry['publisher']) || isFilled(entry['container-title']);
  return isFilled(entry['container-title']) || (entry.type === 'webpage' && isFilled(entry['publisher']));
}
