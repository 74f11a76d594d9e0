import type { FetchedWork, WorkAuthor, WorkNotice } from './work.ts';

// PubMed publication types that put a notice on the work itself.
const NOTICE_TYPES: Readonly<Record<string, WorkNotice['kind']>> = {
  'retracted publication': 'retraction',
  'expression of concern': 'expression-of-concern',
  'corrected and republished article': 'correction',
};

/**
 * Reads one record of an NCBI E-utilities `esummary.fcgi?db=pubmed&retmode=json` response
 * (`{ result: { uids: [...], "<pmid>": { title, pubdate, authors: [{ name, authtype }],
 * fulljournalname, source, volume, issue, pages, pubtype: [...], articleids: [{ idtype, value }] } } }`).
 * Undefined when PubMed has no such record (the record then carries only `error`).
 */
export function parsePubmedSummary(response: unknown, pmid: string): FetchedWork | undefined {
  const record = (response as { result?: Record<string, unknown> } | null)?.result?.[pmid] as Record<string, unknown> | undefined;
  if (!record || typeof record !== 'object' || record['error'] !== undefined || typeof record['title'] !== 'string') return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const year = Number(/\b(\d{4})\b/.exec(String(record['pubdate'] ?? record['sortpubdate'] ?? ''))?.[1]);
  const authors = (Array.isArray(record['authors']) ? (record['authors'] as Array<Record<string, unknown>>) : [])
    .filter((author) => typeof author['name'] === 'string' && author['name'] !== '')
    .map((author): WorkAuthor => splitPubmedName(String(author['name']), author['authtype'] === 'CollectiveName'));
  const types = Array.isArray(record['pubtype']) ? (record['pubtype'] as unknown[]).map(String) : [];
  const ids = Array.isArray(record['articleids']) ? (record['articleids'] as Array<Record<string, unknown>>) : [];
  const notices = types.flatMap((type): WorkNotice[] => {
    const kind = NOTICE_TYPES[type.toLowerCase()];
    return kind ? [{ kind, label: type, source: 'pubmed' }] : [];
  });
  const work: FetchedWork = {
    years: Number.isInteger(year) && year > 0 ? [year] : [],
    authors,
    journals: [text(record['fulljournalname']), text(record['source'])].filter((name): name is string => name !== undefined),
    types,
    pmid,
    notices,
  };
  const title = text(record['title'])?.replace(/\.$/, '');
  if (title) work.title = title;
  const volume = text(record['volume']);
  if (volume) work.volume = volume;
  const issue = text(record['issue']);
  if (issue) work.issue = issue;
  const pages = text(record['pages']);
  if (pages) work.page = pages;
  const doi = ids.find((id) => id['idtype'] === 'doi' && typeof id['value'] === 'string')?.['value'];
  if (typeof doi === 'string') work.doi = doi;
  return work;
}

/** PubMed writes authors as "Family GI" ("Tyler KL"); a collective name stays whole. */
function splitPubmedName(name: string, collective: boolean): WorkAuthor {
  const match = /^(.+?)\s+([A-Z]{1,4})$/.exec(name.trim());
  if (collective || !match) return { literal: name.trim() };
  return { family: match[1]!, given: match[2]!.split('').join('. ') + '.' };
}

/** The PMIDs an `esearch.fcgi?db=pubmed&retmode=json` response lists (`{ esearchresult: { idlist } }`). */
export function parseEsearchIds(response: unknown): string[] {
  const ids = (response as { esearchresult?: { idlist?: unknown } } | null)?.esearchresult?.idlist;
  return Array.isArray(ids) ? ids.map(String) : [];
}
