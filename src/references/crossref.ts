import { isoFromDateParts, type FetchedWork, type WorkAuthor, type WorkNotice } from './work.ts';

// Crossmark update types (Crossref REST API `updated-by[].type`) and what they mean for a reader.
const UPDATE_KINDS: Readonly<Record<string, WorkNotice['kind']>> = {
  retraction: 'retraction',
  partial_retraction: 'retraction',
  withdrawal: 'retraction',
  removal: 'retraction',
  expression_of_concern: 'expression-of-concern',
  correction: 'correction',
  corrigendum: 'correction',
  erratum: 'correction',
};

/**
 * Reads a Crossref REST API `/works/{doi}` response (`{ status, message-type: "work", message }`)
 * into a FetchedWork. Notices come from `updated-by`: updates the publisher registered through
 * Crossmark and, since 2025, those from the Retraction Watch database (`source: "retraction-watch"`).
 */
export function parseCrossrefWork(response: unknown): FetchedWork {
  const message = ((response as { message?: unknown } | null)?.message ?? {}) as Record<string, unknown>;
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : typeof value === 'string' ? [value] : []);
  const years = ['issued', 'published-print', 'published-online', 'published']
    .map((field) => Number(isoFromDateParts(message[field])?.slice(0, 4)))
    .filter((year, index, all) => Number.isInteger(year) && year > 0 && all.indexOf(year) === index);
  const authors = (Array.isArray(message['author']) ? message['author'] : []).map((person: Record<string, unknown>): WorkAuthor => {
    if (typeof person['family'] === 'string') return { family: person['family'], ...(typeof person['given'] === 'string' ? { given: person['given'] } : {}) };
    return { literal: String(person['name'] ?? '') };
  });
  const notices = readUpdates(message['updated-by']);
  const noticeFor = readUpdates(message['update-to']);
  const work: FetchedWork = {
    years,
    authors,
    journals: [...strings(message['container-title']), ...strings(message['short-container-title'])],
    types: strings(message['type']),
    notices,
    ...(noticeFor.length > 0 ? { noticeFor } : {}),
  };
  const title = strings(message['title'])[0];
  if (title) work.title = title.replace(/\s+/g, ' ').trim();
  for (const field of ['volume', 'issue', 'page'] as const) {
    const value = message[field];
    if (typeof value === 'string' && value.trim() !== '') work[field] = value.trim();
  }
  if (typeof message['DOI'] === 'string') work.doi = message['DOI'];
  return work;
}

/** Crossmark relations (`updated-by` on the work, `update-to` on the notice) as notices, each once. */
function readUpdates(relations: unknown): WorkNotice[] {
  const notices: WorkNotice[] = [];
  for (const update of Array.isArray(relations) ? (relations as Array<Record<string, unknown>>) : []) {
    const label = String(update['type'] ?? '');
    const kind = UPDATE_KINDS[label];
    if (!kind) continue;
    const notice: WorkNotice = { kind, label, source: update['source'] === 'retraction-watch' ? 'retraction-watch' : 'crossref' };
    if (typeof update['DOI'] === 'string') notice.doi = update['DOI'].toLowerCase();
    const date = isoFromDateParts(update['updated']);
    if (date) notice.date = date;
    // Crossref lists one notice once per source; a reader needs it once.
    if (!notices.some((known) => known.kind === notice.kind && known.doi !== undefined && known.doi === notice.doi)) notices.push(notice);
  }
  return notices;
}
