/** A person or organisation as a registry lists them. */
export interface WorkAuthor {
  family?: string;
  given?: string;
  /** An organisation, or a name the registry does not split. */
  literal?: string;
}

/** A notice attached to a work: a retraction, correction or expression of concern. */
export interface WorkNotice {
  kind: 'retraction' | 'correction' | 'expression-of-concern';
  /** The registry's own name for it, e.g. Crossref's `partial_retraction` or PubMed's "Retracted Publication". */
  label: string;
  doi?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Who reported it: `crossref` (the publisher), `retraction-watch`, or `pubmed`. */
  source: string;
}

/** What a registry (Crossref or PubMed) says about one work, reduced to what the bibliography records. */
export interface FetchedWork {
  title?: string;
  /** Every year the work carries (issued, print, online), first the one to cite. */
  years: number[];
  authors: WorkAuthor[];
  /** The journal or book, full name first, then abbreviations. */
  journals: string[];
  volume?: string;
  issue?: string;
  page?: string;
  /** Crossref's work type (`journal-article`) or PubMed's publication types. */
  types: string[];
  doi?: string;
  pmid?: string;
  notices: WorkNotice[];
  /** When the work is itself a notice (Crossref `update-to`): what it retracts, corrects or raises concern about. */
  noticeFor?: WorkNotice[];
}

/** The worst notice a work carries: retracted outranks an expression of concern, which outranks a correction. */
export type WorkStatus = 'ok' | 'corrected' | 'expression-of-concern' | 'retracted';

/** The status a set of notices adds up to. */
export function statusOf(notices: readonly WorkNotice[]): WorkStatus {
  if (notices.some((notice) => notice.kind === 'retraction')) return 'retracted';
  if (notices.some((notice) => notice.kind === 'expression-of-concern')) return 'expression-of-concern';
  if (notices.some((notice) => notice.kind === 'correction')) return 'corrected';
  return 'ok';
}

/** A CSL-style date (`{ 'date-parts': [[2020, 3, 1]] }`) as YYYY[-MM[-DD]]; undefined without a year. */
export function isoFromDateParts(date: unknown): string | undefined {
  const parts = (date as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (!Array.isArray(parts) || !Number.isInteger(Number(parts[0])) || parts[0] === null) return undefined;
  return parts
    .filter((part) => part !== null && part !== undefined)
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}
