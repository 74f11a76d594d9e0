import type { CslEntry } from '../lib/bibliography.ts';
import type { LockRecord } from './lock.ts';
import type { WorkAuthor } from './work.ts';

/** Fields `refs verify --fill` may add to an entry, in CSL-JSON names. */
export interface Additions {
  author?: WorkAuthor[];
  volume?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
}

/** What the registries know that the entry lacks: authors, volume, pages, DOI, PMID. Never replaces what the author wrote. */
export function missingFields(entry: CslEntry, record: LockRecord): Additions {
  const additions: Additions = {};
  const authors = entry['author'];
  if ((!Array.isArray(authors) || authors.length === 0) && record.authors.length > 0) additions.author = record.authors;
  if (isEmpty(entry['volume']) && record.volume) additions.volume = record.volume;
  if (isEmpty(entry['page']) && record.page) additions.page = record.page;
  if (isEmpty(entry.DOI) && record.doi) additions.DOI = record.doi;
  if (isEmpty(entry.PMID) && record.pmid) additions.PMID = record.pmid;
  return additions;
}

/** A one-line account of the additions, for the command's output. */
export function describeAdditions(additions: Additions): string {
  return Object.entries(additions)
    .map(([field, value]) => (field === 'author' ? `author (${(value as WorkAuthor[]).length})` : `${field} ${String(value)}`))
    .join(', ');
}

/**
 * Adds fields to one entry of CSL-JSON text, leaving every other character as written: the new
 * properties go at the end of the entry's object, indented like its "id". Returns the new text.
 */
export function fillCslJson(text: string, key: string, additions: Additions): string {
  const range = jsonEntryRanges(text).find(({ start, end }) => new RegExp(`"id"\\s*:\\s*${escapeRegExp(JSON.stringify(key))}`).test(text.slice(start, end)));
  if (!range) throw new Error(`No entry with "id": "${key}" found.`);
  let objectText = text.slice(range.start, range.end + 1);
  const pairs = Object.entries(additions).filter(([, value]) => value !== undefined);
  // An empty "author": [] is missing authors; fill it in place rather than adding a duplicate key.
  if (additions.author && /"author"\s*:\s*\[\s*\]/.test(objectText)) {
    objectText = objectText.replace(/"author"\s*:\s*\[\s*\]/, `"author": ${JSON.stringify(additions.author)}`);
    pairs.splice(pairs.findIndex(([field]) => field === 'author'), 1);
  }
  const inline = !objectText.includes('\n');
  const indent = /\n([ \t]*)"id"/.exec(objectText)?.[1] ?? '  ';
  const properties = pairs.map(([field, value]) => `${JSON.stringify(field)}: ${JSON.stringify(value)}`);
  if (properties.length > 0) {
    const closing = objectText.length - 1;
    const last = lastNonSpace(objectText, closing);
    const separator = inline ? ', ' : `,\n${indent}`;
    const isEmptyObject = objectText[last] === '{';
    objectText = objectText.slice(0, last + 1) + (isEmptyObject ? (inline ? ' ' : `\n${indent}`) : separator) + properties.join(separator) + objectText.slice(last + 1);
  }
  return text.slice(0, range.start) + objectText + text.slice(range.end + 1);
}

/** Adds fields to one entry of BibTeX text, leaving the rest as written: `field = {value}` lines at the end of the entry. */
export function fillBibtex(text: string, key: string, additions: Additions): string {
  const header = new RegExp(`@\\w+\\s*([{(])\\s*${escapeRegExp(key)}\\s*,`).exec(text);
  if (!header) throw new Error(`No entry with the key "${key}" found.`);
  // BibTeX allows @type{key, …} and @type(key, …); braces inside values nest either way.
  const opener = header[1]!;
  const closer = opener === '{' ? '}' : ')';
  const open = text.indexOf(opener, header.index);
  let depth = 0;
  let close = -1;
  for (let index = open + 1; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && depth > 0) depth--;
    else if (text[index] === closer && depth === 0) {
      close = index;
      break;
    }
  }
  if (close === -1) throw new Error(`The entry "${key}" has no closing brace.`);
  const body = text.slice(open, close);
  const indent = /\n([ \t]+)\w/.exec(body)?.[1] ?? '  ';
  const lines = Object.entries(additions)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${indent}${BIBTEX_FIELDS[field as keyof Additions]} = {${bibtexValue(field as keyof Additions, value)}}`);
  if (lines.length === 0) return text;
  const last = lastNonSpace(text, close);
  const comma = text[last] === ',' ? '' : ',';
  return `${text.slice(0, last + 1)}${comma}\n${lines.join(',\n')}${text.slice(last + 1)}`;
}

const BIBTEX_FIELDS: Readonly<Record<keyof Additions, string>> = { author: 'author', volume: 'volume', page: 'pages', DOI: 'doi', PMID: 'pmid' };

function bibtexValue(field: keyof Additions, value: unknown): string {
  if (field === 'author') {
    return (value as WorkAuthor[])
      .map((person) => (person.family ? (person.given ? `${person.family}, ${person.given}` : person.family) : `{${person.literal ?? ''}}`))
      .join(' and ');
  }
  // BibTeX writes page ranges with an en dash, `--`.
  if (field === 'page') return String(value).replace(/(\d)\s*[-–]\s*(\d)/, '$1--$2');
  return String(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function lastNonSpace(text: string, before: number): number {
  let index = before - 1;
  while (index >= 0 && /\s/.test(text[index]!)) index--;
  return index;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Start and end offsets of each object directly inside the top-level array of CSL-JSON text. */
function jsonEntryRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth++;
      if (char === '{' && depth === 2) start = index;
    } else if (char === '}' || char === ']') {
      if (char === '}' && depth === 2) ranges.push({ start, end: index });
      depth--;
    }
  }
  return ranges;
}
