import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslEntry } from './bibliography.ts';

/** A reference ready to show: the styled citation plus its identifiers as links. */
export interface FormattedReference {
  key: string;
  /** Vancouver-style citation text without identifiers (they follow as links). */
  text: string;
  links: ReferenceLink[];
  /** When the author read a web page (CSL `accessed`), shown after its web address; only for entries with one. */
  accessed?: Date | undefined;
}

/** One identifier link of a reference (DOI, PubMed, PMC or web address). */
export interface ReferenceLink {
  label: string;
  value: string;
  href: string;
}

const IDENTIFIER_FIELDS = ['DOI', 'PMID', 'PMCID', 'URL'] as const;
const cache = new WeakMap<CslEntry, FormattedReference>();

/**
 * Formats one entry in the Vancouver (ICMJE/NLM) style with citation-js, once per entry.
 * Identifiers are left out of the styled text and returned as links, so each one is clickable.
 */
export function formatReference(entry: CslEntry): FormattedReference {
  const cached = cache.get(entry);
  if (cached) return cached;
  const styled: Record<string, unknown> = { ...entry };
  for (const field of IDENTIFIER_FIELDS) delete styled[field];
  delete styled['accessed'];
  const text = new Cite(styled)
    .format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' })
    .trim()
    .replace(/^1\.\s*/, '')
    .replace(/\s*Available from:\s*$/, '');
  const formatted = { key: entry.id, text, links: referenceLinks(entry), accessed: entry.URL?.trim() ? cslDate(entry['accessed']) : undefined };
  cache.set(entry, formatted);
  return formatted;
}

/**
 * A reference in a few words, for a citation popover before the full entry is copied in from the
 * reference list: "Smith et al., 2020", "NHS, 2023", or the title's start when there is no author.
 */
export function shortReference(entry: CslEntry): string {
  const names = ((entry['author'] ?? entry['editor']) as Array<{ family?: string; literal?: string }> | undefined) ?? [];
  const first = names[0]?.family ?? names[0]?.literal;
  const year = (entry['issued'] as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const title = entry.title && entry.title.length > 60 ? `${entry.title.slice(0, 57).replace(/\s+\S*$/, '')}…` : entry.title;
  const who = first ? `${first}${names.length > 1 ? ' et al.' : ''}` : (title ?? entry.id);
  return year ? `${who}, ${year}` : who;
}

/** DOI, PubMed, PMC and URL links of an entry, in that order; a URL that repeats the DOI is dropped. */
export function referenceLinks(entry: CslEntry): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  const doi = entry.DOI?.trim();
  if (doi) links.push({ label: 'DOI', value: doi, href: `https://doi.org/${doi}` });
  const pmid = entry.PMID?.trim();
  if (pmid) links.push({ label: 'PubMed', value: pmid, href: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` });
  const pmcid = entry.PMCID?.trim();
  if (pmcid) links.push({ label: 'PMC', value: pmcid, href: `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/` });
  const url = entry.URL?.trim();
  if (url && !(doi && url.includes(doi))) links.push({ label: 'Web', value: url, href: url });
  return links;
}

/** A CSL date with year, month and day as a UTC date; undefined when any part is missing (a partial day would read as a wrong one). */
export function cslDate(value: unknown): Date | undefined {
  const parts = (value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.map(Number);
  if (!parts || parts.length < 3 || parts.some((part) => !Number.isInteger(part))) return undefined;
  const [year, month, day] = parts as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : undefined;
}
