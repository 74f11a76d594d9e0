import type { Bibliography, CslEntry } from './bibliography.ts';
import { formatLocation } from './source-error.ts';

/** One missing part of a bibliography entry, with what to add. */
export interface IncompleteReference {
  key: string;
  /** The field (or fields) to fill in, named as the bibliography file names them: CSL-JSON in `.json`, BibTeX in `.bib`. */
  field: string;
  /** Author-facing message: file, line, key, what is missing and how to fix it. */
  message: string;
}

// Titles that reference managers and hurried authors leave behind instead of the real one.
const PLACEHOLDER_TITLE = /^(?:untitled|no title|title|tbd|todo|tba|unknown|placeholder|n\/?a|x+|\.{3}|…|-+|\?+)$|\btodo\b|lorem ipsum|\[title\]|add title/i;
// Works that are their own container: a book or report is found by its publisher, not a journal.
const SELF_CONTAINED = new Set(['book', 'report', 'thesis', 'dataset', 'software', 'standard', 'legislation']);

/** A missing part: the field to name and the fix, in the words of the file's own format. */
interface Missing {
  field: string;
  fix: string;
}

/** How each missing part is named and fixed in CSL-JSON (`.json`) and in BibTeX (`.bib`, as Zotero and Better BibTeX export it). */
const WORDING: Record<'json' | 'bib', {
  author: Missing;
  year: (type: string) => Missing;
  container: (type: string) => Missing;
  locator: Missing;
  volumePages: (missing: Array<'volume' | 'page'>) => Missing;
}> = {
  json: {
    author: { field: 'author', fix: 'Add "author": people as { "family", "given" }, or an organisation as { "literal": "World Health Organization" }.' },
    year: (type) => ({
      field: 'issued',
      fix:
        type === 'webpage'
          ? 'Add "issued": { "date-parts": [[2020]] } with the date the page shows, or, for an undated page, "accessed" with the day you read it.'
          : 'Add "issued": { "date-parts": [[2020]] } with the year of publication.',
    }),
    container: (type) =>
      SELF_CONTAINED.has(type) ? { field: 'publisher', fix: 'Add "publisher".' } : { field: 'container-title', fix: 'Add "container-title" (the journal, book or website name).' },
    locator: { field: 'DOI', fix: 'Add "DOI" or "PMID" (or "URL" for a web page).' },
    volumePages: (missing) => ({ field: missing.join(', '), fix: 'Add the DOI, or the "volume" and "page" range as printed.' }),
  },
  bib: {
    author: { field: 'author', fix: 'Add author = {Family, Given and Family, Given}, or an organisation in double braces: author = {{World Health Organization}}.' },
    year: (type) =>
      type === 'webpage'
        ? { field: 'year', fix: 'Add year = {2020} with the date the page shows, or, for an undated page, urldate = {2026-11-30} with the day you read it.' }
        : { field: 'year', fix: 'Add year = {2020} with the year of publication.' },
    container: (type) => {
      switch (type) {
        case 'article-journal':
          return { field: 'journal', fix: 'Add journal = {…} with the journal\'s name.' };
        case 'chapter':
          return { field: 'booktitle', fix: 'Add booktitle = {…} with the title of the book the chapter is in.' };
        case 'webpage':
          return { field: 'organization', fix: 'Add organization = {…} with the website or the body that runs it (or give that body as the author, in double braces).' };
        case 'report':
          return { field: 'institution', fix: 'Add institution = {…} with the body that published the report.' };
        case 'thesis':
          return { field: 'school', fix: 'Add school = {…} with the university.' };
        default:
          return SELF_CONTAINED.has(type)
            ? { field: 'publisher', fix: 'Add publisher = {…}.' }
            : { field: 'howpublished', fix: 'Add howpublished = {…} saying where it appeared (journal, book or website), or use the entry type that fits: @article, @incollection, @online.' };
      }
    },
    locator: { field: 'doi', fix: 'Add doi = {10.…} or pmid = {…} (or url = {…} for a web page).' },
    volumePages: (missing) => ({ field: missing.map((field) => (field === 'page' ? 'pages' : field)).join(', '), fix: 'Add the doi, or volume = {…} and pages = {…} as printed.' }),
  },
};

/**
 * Every part a reader needs to find and judge a source, missing from the bibliography's entries:
 * authors (or an institutional author), a year, a real title, a container (journal, book, site or
 * publisher), a locator (DOI, PMID or URL), and for journal articles volume and pages or a DOI.
 * Fields are named as the file names them, so a BibTeX author reads `journal`, not `container-title`.
 */
export function findIncompleteReferences(bibliography: Bibliography): IncompleteReference[] {
  const problems: IncompleteReference[] = [];
  const wording = WORDING[bibliography.file.endsWith('.bib') ? 'bib' : 'json'];
  for (const [key, entry] of bibliography.entries) {
    const report = ({ field, fix }: Missing, problem: string) =>
      problems.push({
        key,
        field,
        message: `${formatLocation({ file: bibliography.file, line: bibliography.lineOf(key) })}: reference "${key}" ${problem}\n  Fix: ${fix}`,
      });
    if (!hasAuthor(entry)) report(wording.author, 'has no author.');
    // A living web page often shows no date; the day it was read ("cited") dates it instead.
    if (yearOf(entry) === undefined && !(entry.type === 'webpage' && isDate(entry['accessed']))) report(wording.year(entry.type), 'has no year.');
    if (typeof entry.title === 'string' && PLACEHOLDER_TITLE.test(entry.title.trim())) {
      report({ field: 'title', fix: 'Write the real title of the work as published.' }, `has a placeholder title "${entry.title}".`);
    }
    if (!hasContainer(entry)) {
      report(
        wording.container(entry.type),
        SELF_CONTAINED.has(entry.type) ? 'has no publisher.' : 'has no container: the journal, book or website it appeared in.',
      );
    }
    if (!entry.DOI && !entry.PMID && !entry.URL) report(wording.locator, 'has no DOI, PMID or URL.');
    if (entry.type === 'article-journal' && !entry.DOI) {
      const missing = (['volume', 'page'] as const).filter((field) => !isFilled(entry[field]));
      if (missing.length > 0) {
        const named = wording.volumePages([...missing]);
        report(named, `is a journal article without a DOI and has no ${named.field.split(', ').join(' or ')}.`);
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
  if (entry.type === 'webpage') return isFilled(entry['container-title']) || isFilled(entry['publisher']) || hasOrganisationAuthor(entry);
  return isFilled(entry['container-title']);
}

// A page written by an organisation ("NHS", "Mayo Clinic") is found on that organisation's site: the author names the site.
function hasOrganisationAuthor(entry: CslEntry): boolean {
  const people = entry['author'];
  return Array.isArray(people) && people.some((person: Record<string, unknown>) => isFilled(person?.['literal']));
}
