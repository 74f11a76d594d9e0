import { basename, dirname, join } from 'node:path';
import { designFromPublicationTypes, type StudyDesign } from './designs.ts';
import { statusOf, type FetchedWork, type WorkAuthor, type WorkNotice, type WorkStatus } from './work.ts';

/** File name of the lock, written next to the bibliography. */
export const LOCK_FILE_NAME = 'references.lock.json';
/** Version of the lock format, raised when a field changes meaning. */
export const LOCK_VERSION = 1;

/** What `refs verify` found for one bibliography key. */
export interface LockRecord {
  doi?: string;
  pmid?: string;
  /** The day the registries were asked, YYYY-MM-DD. */
  fetched: string;
  /** Which registries answered. */
  registries: Array<'crossref' | 'pubmed'>;
  title?: string;
  year?: number;
  authors: WorkAuthor[];
  journal?: string;
  volume?: string;
  issue?: string;
  page?: string;
  /** Crossref's work type, e.g. `journal-article`. */
  crossrefType?: string;
  /** PubMed's publication types, e.g. "Randomized Controlled Trial". */
  publicationTypes: string[];
  /** The design the publication types name, if they name one. */
  design?: StudyDesign;
  status: WorkStatus;
  notices: WorkNotice[];
  /** When the cited DOI is itself a notice: the works it retracts, corrects or raises concern about. */
  noticeFor?: WorkNotice[];
}

/** The committed lock file: what the registries said about each reference, by key. */
export interface ReferenceLock {
  version: number;
  references: Record<string, LockRecord>;
}

/** Where the lock of a bibliography lives. */
export function lockPathFor(bibliographyFile: string): string {
  return join(dirname(bibliographyFile), LOCK_FILE_NAME);
}

/** A lock record from what Crossref and PubMed returned: Crossref's metadata first, PubMed's where Crossref has none. */
export function lockRecordFrom(identifiers: { doi?: string; pmid?: string }, fetched: string, crossref?: FetchedWork, pubmed?: FetchedWork): LockRecord {
  const first = <T>(pick: (work: FetchedWork) => T | undefined): T | undefined => (crossref ? pick(crossref) : undefined) ?? (pubmed ? pick(pubmed) : undefined);
  const publicationTypes = pubmed?.types ?? [];
  const notices = [...(crossref?.notices ?? []), ...(pubmed?.notices ?? [])];
  const record: LockRecord = {
    ...(identifiers.doi ? { doi: identifiers.doi } : {}),
    ...(identifiers.pmid ? { pmid: identifiers.pmid } : {}),
    fetched,
    registries: [...(crossref ? (['crossref'] as const) : []), ...(pubmed ? (['pubmed'] as const) : [])],
    authors: crossref?.authors.length ? crossref.authors : (pubmed?.authors ?? []),
    publicationTypes,
    status: statusOf(notices),
    notices,
  };
  const title = first((work) => work.title);
  if (title) record.title = title;
  const year = first((work) => work.years[0]);
  if (year) record.year = year;
  const journal = first((work) => work.journals[0]);
  if (journal) record.journal = journal;
  for (const field of ['volume', 'issue', 'page'] as const) {
    const value = first((work) => work[field]);
    if (value) record[field] = value;
  }
  if (crossref?.types[0]) record.crossrefType = crossref.types[0];
  if (crossref?.noticeFor) record.noticeFor = crossref.noticeFor;
  const design = designFromPublicationTypes(publicationTypes);
  if (design) record.design = design;
  return record;
}

/** The lock as committed: keys sorted at every level, two-space indent, final newline, so diffs show only what changed. */
export function serializeLock(lock: ReferenceLock): string {
  return `${JSON.stringify(sortKeys(lock), null, 2)}\n`;
}

/** Reads lock text; throws an Error naming the file when it is not a lock. */
export function parseLock(file: string, text: string): ReferenceLock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${basename(file)} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Run \`evidence-site refs verify\` to write it again; never edit it by hand.`);
  }
  const lock = data as Partial<ReferenceLock> | null;
  if (!lock || typeof lock !== 'object' || typeof lock.references !== 'object' || lock.references === null) {
    throw new Error(`${basename(file)} is not a references lock (no "references" object). Run \`evidence-site refs verify\` to write it again.`);
  }
  return { version: Number(lock.version ?? LOCK_VERSION), references: lock.references };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, sortKeys(item)]),
    );
  }
  return value;
}
