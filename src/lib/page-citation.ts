import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { isoDate } from './dates.ts';

/** Who a page is credited to: a person (split into family and given names when known) or the publishing organisation. */
export type PageCreator = { kind: 'person'; name: string; family?: string | undefined; given?: string | undefined } | { kind: 'organization'; name: string };

/** What a citation of one article page is made from. */
export interface PageCitationInput {
  /** The article's slug, used as the citation key. */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  siteTitle: string;
  publisher: string;
  language: string;
  published: Date;
  /** The last change (see change-history.ts). */
  modified: Date;
  /** The page's authors; the publisher when none are named. */
  creators: readonly PageCreator[];
}

/** A CSL-JSON item, as reference managers and citation-js read it. */
export type CslItem = Record<string, unknown>;

const dateParts = (date: Date) => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

function cslName(creator: PageCreator): Record<string, string> {
  if (creator.kind === 'person' && creator.family) return { family: creator.family, ...(creator.given ? { given: creator.given } : {}) };
  return { literal: creator.name };
}

/** The page as one CSL-JSON `webpage` item. */
export function pageCsl(input: PageCitationInput): CslItem {
  return {
    id: input.id.replaceAll('/', '-'),
    type: 'webpage',
    title: input.title,
    author: input.creators.map(cslName),
    'container-title': input.siteTitle,
    publisher: input.publisher,
    issued: dateParts(input.published),
    ...(input.modified.getTime() !== input.published.getTime() ? { 'original-date': dateParts(input.published), issued: dateParts(input.modified) } : {}),
    URL: input.url,
    language: input.language,
  };
}

/** The page as BibTeX (`@misc`), written by citation-js so it escapes what BibTeX needs escaped. */
export function pageBibtex(input: PageCitationInput): string {
  return new Cite(pageCsl(input)).format('bibtex', { format: 'text' }) as string;
}

/**
 * The page as RIS (`TY  - ELEC`, as EndNote and Zotero export web pages): one tag per line,
 * two spaces, a hyphen, a space; `ER` closes the record. Line breaks in values become spaces.
 */
export function pageRis(input: PageCitationInput): string {
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  const risDate = (date: Date) => isoDate(date).replaceAll('-', '/');
  const authorLine = (creator: PageCreator) =>
    creator.kind === 'person' && creator.family ? `${creator.family}, ${creator.given ?? ''}`.replace(/, $/, '') : creator.name;
  const lines: Array<[string, string]> = [
    ['TY', 'ELEC'],
    ['TI', input.title],
    ...input.creators.map((creator): [string, string] => ['AU', authorLine(creator)]),
    ['T2', input.siteTitle],
    ['PB', input.publisher],
    ['PY', String(input.published.getUTCFullYear())],
    ['DA', risDate(input.modified)],
    ['UR', input.url],
    ['LA', input.language],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${flat(value)}`).join('\r\n')}\r\nER  - \r\n`;
}

/** The Highwire Press `citation_*` meta tags Google Scholar and Zotero read, as [name, content] pairs. */
export function highwireTags(input: PageCitationInput): Array<[string, string]> {
  const slashDate = (date: Date) => isoDate(date).replaceAll('-', '/');
  return [
    ['citation_title', input.title],
    ...input.creators.map((creator): [string, string] => [
      'citation_author',
      creator.kind === 'person' && creator.family ? `${creator.family}, ${creator.given ?? ''}`.replace(/, $/, '') : creator.name,
    ]),
    ['citation_publication_date', slashDate(input.published)],
    ['citation_online_date', slashDate(input.published)],
    ['citation_publisher', input.publisher],
    ['citation_language', input.language],
    ['citation_fulltext_html_url', input.url],
  ];
}

/** The words of a formatted citation in the site's language. */
export interface CitationWords {
  /** Medium marker after the title, "[Internet]". */
  internet: string;
  /** Before the date of the last change, "updated". */
  updated: string;
  /** Before the address, "Available from:". */
  availableFrom: string;
  /** Formats a date as readers of the site's language write it. */
  formatDate(date: Date): string;
}

/**
 * A citation of the page to copy, in the shape of the NLM/Vancouver style the reference lists use:
 * "Authors. Title [Internet]. Site: Publisher; date [updated date]. Available from: URL".
 */
export function formattedCitation(input: PageCitationInput, words: CitationWords): string {
  const authors = input.creators.map((creator) => creator.name).join(', ');
  const container = input.siteTitle === input.publisher ? input.siteTitle : `${input.siteTitle}: ${input.publisher}`;
  const changed = input.modified.getTime() !== input.published.getTime() ? ` [${words.updated} ${words.formatDate(input.modified)}]` : '';
  return `${authors}. ${input.title} ${words.internet}. ${container}; ${words.formatDate(input.published)}${changed}. ${words.availableFrom} ${input.url}`;
}
