import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { ContentError } from './source-error.ts';

/** A bibliography entry in CSL-JSON, the shape Zotero and PubMed tools export. */
export interface CslEntry {
  id: string;
  type: string;
  title?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  [field: string]: unknown;
}

/** A validated bibliography: entries by citation key, plus where each key is written. */
export interface Bibliography {
  file: string;
  entries: ReadonlyMap<string, CslEntry>;
  /** 1-based line of the entry in the bibliography file, for error messages. */
  lineOf(key: string): number | undefined;
}

/** Citation keys as authors write them after `@`: letters, digits, `_`, with `:.-/` inside. */
export const CITATION_KEY = /[A-Za-z0-9_](?:[A-Za-z0-9_:./-]*[A-Za-z0-9_])?/;
const KEY_EXACT = new RegExp(`^${CITATION_KEY.source}$`);
const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;
const PMCID = /^PMC\d+$/;

const cache = new Map<string, { mtimeMs: number; bibliography: Bibliography }>();

/** Loads and validates the site's one bibliography file; cached until the file changes. Two candidates present is an error. */
export function loadBibliography(candidates: readonly string[]): Bibliography {
  const present = candidates.filter((candidate) => existsSync(candidate));
  if (present.length > 1) {
    // Silently preferring one would let edits to the other vanish from the site.
    throw new ContentError(
      { file: present[1]! },
      `Two bibliographies: ${present.map((file) => basename(file)).join(' and ')} are both in the content folder.`,
      `Keep one: merge the entries into ${basename(present[0]!)} and delete ${basename(present[1]!)} (or the other way round).`,
    );
  }
  const file = present[0];
  if (!file) {
    return { file: candidates[0] ?? 'references.json', entries: new Map(), lineOf: () => undefined };
  }
  const { mtimeMs } = statSync(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.bibliography;
  const bibliography = parseBibliography(file, readFileSync(file, 'utf8'));
  cache.set(file, { mtimeMs, bibliography });
  return bibliography;
}

/** Parses CSL-JSON (`.json`) or BibTeX (`.bib`) text and checks keys and identifiers; throws a ContentError on the first problem. */
export function parseBibliography(file: string, text: string): Bibliography {
  const isBibtex = file.endsWith('.bib');
  const keyLines = isBibtex ? bibtexKeyLines(text) : jsonKeyLines(text);
  const raw = isBibtex ? parseBibtex(file, text) : parseCslJson(file, text);
  const lineOf = (key: string) => keyLines.get(key)?.[0];

  const entries = new Map<string, CslEntry>();
  for (const [key, lines] of keyLines) {
    if (lines.length > 1) {
      throw new ContentError(
        { file, line: lines[1] },
        `Duplicate reference key "${key}" (also on line ${lines[0]}).`,
        `Give each reference its own key in ${basename(file)}, or delete the duplicate entry.`,
      );
    }
  }
  raw.forEach((entry, index) => {
    const where = { file, line: typeof entry.id === 'string' ? lineOf(entry.id) : undefined };
    const label = typeof entry.id === 'string' ? `Reference "${entry.id}"` : `Reference #${index + 1}`;
    if (typeof entry.id !== 'string' || entry.id === '') {
      throw new ContentError(where, `${label} has no "id".`, 'Add an "id": the key authors cite as [@id].');
    }
    if (!KEY_EXACT.test(entry.id)) {
      throw new ContentError(
        where,
        `${label}: the key may only contain letters, digits, "_" and, inside it, ":.-/".`,
        'Rename the key, e.g. "smith2020".',
      );
    }
    if (entries.has(entry.id)) {
      throw new ContentError(where, `Duplicate reference key "${entry.id}".`, 'Give each reference its own key.');
    }
    if (typeof entry.title !== 'string' || entry.title.trim() === '') {
      throw new ContentError(where, `${label} has no "title".`, 'Add the title of the work.');
    }
    checkIdentifier(where, label, 'DOI', entry.DOI, DOI, 'a DOI such as "10.1001/archderm.1996.03890290053007" (without "https://doi.org/")');
    checkIdentifier(where, label, 'PMID', entry.PMID, PMID, 'a PubMed ID made of digits only, such as "8624148"');
    checkIdentifier(where, label, 'PMCID', entry.PMCID, PMCID, 'a PubMed Central ID such as "PMC3225536"');
    if (entry.URL !== undefined && (typeof entry.URL !== 'string' || !/^https?:\/\/\S+$/.test(entry.URL))) {
      throw new ContentError(where, `${label} has a malformed URL "${String(entry.URL)}".`, 'Use a full http(s) address.');
    }
    if (!entry.DOI && !entry.PMID && !entry.URL) {
      throw new ContentError(
        where,
        `${label} has no DOI, PMID or URL, so readers cannot find the source.`,
        'Add "DOI" or "PMID" (or "URL" for a web page).',
      );
    }
    entries.set(entry.id, entry);
  });
  return { file, entries, lineOf };
}

function checkIdentifier(
  where: { file: string; line: number | undefined },
  label: string,
  field: string,
  value: unknown,
  pattern: RegExp,
  expected: string,
): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !pattern.test(value.trim())) {
    throw new ContentError(where, `${label} has a malformed ${field} "${String(value)}".`, `Use ${expected}.`);
  }
}

function parseCslJson(file: string, text: string): CslEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new ContentError({ file, line }, `This is not valid JSON (${detail}).`, 'Export the bibliography again as CSL-JSON, or fix the syntax.');
  }
  if (!Array.isArray(data)) {
    throw new ContentError({ file }, 'A CSL-JSON bibliography must be an array of entries.', 'Wrap the entries in [ ... ].');
  }
  return data as CslEntry[];
}

function parseBibtex(file: string, text: string): CslEntry[] {
  try {
    // BibLaTeX reading is a superset of BibTeX's: it also maps what Better BibLaTeX and Zotero's
    // BibLaTeX export write (`date`, `urldate`, `journaltitle`, `organization`, `@online`, `eprinttype = {pubmed}`).
    const options = { forceType: '@biblatex/text' } as unknown as ConstructorParameters<typeof Cite>[1];
    const entries = new Cite(text, options).data as CslEntry[];
    const extras = bibtexExtras(text);
    return entries.map((entry) => {
      const id = String(entry['citation-key'] ?? entry.id);
      const { identifiers, design, keepRetracted, accessed } = extras.get(id) ?? {};
      const read: CslEntry = { ...identifiers, ...entry, id };
      for (const role of ['author', 'editor'] as const) {
        if (Array.isArray(read[role])) read[role] = (read[role] as CslName[]).map(organisationAsLiteral);
      }
      if (design) read['custom'] = { ...(read['custom'] as object | undefined), design };
      if (keepRetracted) read['custom'] = { ...(read['custom'] as object | undefined), keepRetracted };
      if (accessed && read['accessed'] === undefined) read['accessed'] = accessed;
      // citation-js keeps the entry type as the genre, which the reference list would print as "[techreport]".
      if (typeof read['genre'] === 'string' && ENTRY_TYPE_GENRES.has(read['genre'])) delete read['genre'];
      return isWebPage(read) ? { ...read, type: 'webpage' } : read;
    });
  } catch (error) {
    throw new ContentError({ file }, `This BibTeX could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

const ENTRY_TYPE_GENRES = new Set(['techreport', 'phdthesis', 'mastersthesis']);

type CslName = { family?: string; given?: string; literal?: string; [part: string]: unknown };

/** Zotero and Better BibTeX write an organisation in double braces (`{{World Health Organization}}`), which reads as a family name alone. */
function organisationAsLiteral(name: CslName): CslName {
  const parts = Object.keys(name);
  return parts.length === 1 && typeof name.family === 'string' ? { literal: name.family } : name;
}

/** Zotero exports a web page as `@misc` with a URL (Better BibTeX puts it in `howpublished`): read as a web page, not a generic document. */
function isWebPage(entry: CslEntry): boolean {
  return entry.type === 'document' && typeof entry.URL === 'string' && !entry.DOI && !entry.PMID;
}

interface BibtexExtras {
  identifiers: Pick<CslEntry, 'PMID' | 'PMCID'>;
  design?: string | undefined;
  /** Why a retracted work is still cited on purpose (BibTeX `keepretracted`). */
  keepRetracted?: string | undefined;
  accessed?: { 'date-parts': number[][] } | undefined;
}

// Better BibTeX writes the day a page was read into `note` when the target has no `urldate`: "(accessed 2015-02-13)".
const NOTE_ACCESSED = /\baccessed:?\s*(\d{4})-(\d{2})-(\d{2})\b/i;

/** What citation-js drops, by key: `pmid`/`pmcid` (no CSL mapping in BibTeX), the study `design`, the `keepretracted` reason and an access date in `note`. */
function bibtexExtras(text: string): Map<string, BibtexExtras> {
  const raw = plugins.input.chainLink(text, { forceType: '@biblatex/text' } as unknown as Parameters<typeof plugins.input.chainLink>[1]) as Array<{ label?: string; properties?: Record<string, unknown> }>;
  const extras = new Map<string, BibtexExtras>();
  for (const { label, properties = {} } of raw) {
    if (!label) continue;
    const identifiers: Pick<CslEntry, 'PMID' | 'PMCID'> = {};
    if (properties['pmid'] !== undefined) identifiers.PMID = String(properties['pmid']).trim();
    if (properties['pmcid'] !== undefined) identifiers.PMCID = String(properties['pmcid']).trim();
    const design = properties['design'] === undefined ? undefined : String(properties['design']).trim();
    const keepRetracted = properties['keepretracted'] === undefined ? undefined : String(properties['keepretracted']).trim();
    const accessedInNote = NOTE_ACCESSED.exec(String(properties['note'] ?? ''));
    const accessed = accessedInNote ? { 'date-parts': [accessedInNote.slice(1, 4).map(Number)] } : undefined;
    extras.set(label, { identifiers, design, keepRetracted, accessed });
  }
  return extras;
}

function jsonKeyLines(text: string): Map<string, number[]> {
  return keyLines(text, /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g);
}

function bibtexKeyLines(text: string): Map<string, number[]> {
  return keyLines(text, /@\w+\s*[{(]\s*([^,\s]+)\s*,/g);
}

function keyLines(text: string, pattern: RegExp): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  // Line numbers by counting newlines once, in step with the matches (not from the start each time).
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(pattern)) {
    for (let index = text.indexOf('\n', counted); index !== -1 && index < match.index; index = text.indexOf('\n', index + 1)) {
      line++;
      counted = index + 1;
    }
    const key = match[1]!;
    lines.set(key, [...(lines.get(key) ?? []), line]);
  }
  return lines;
}
