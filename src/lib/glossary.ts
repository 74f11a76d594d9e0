import { existsSync, statSync } from 'node:fs';
import { readYamlList } from './yaml-list.ts';
import { ContentError } from './source-error.ts';

/** One glossary term with its lay/clinical synonyms. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}

/** The validated glossary and a matcher for its words in running text. */
export interface Glossary {
  file: string;
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** Glossary words (terms and aliases, plural "s" allowed) in `text`, in order, with the term they belong to. */
  find(text: string): Array<{ start: number; end: number; id: string }>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cache = new Map<string, { mtimeMs: number; glossary: Glossary }>();

/** Loads and validates a glossary file, cached until it changes; a missing file is an empty glossary. */
export function loadGlossary(file: string): Glossary {
  if (!existsSync(file)) return buildGlossary(file, []);
  const { mtimeMs } = statSync(file);
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.glossary;
  const glossary = buildGlossary(file, readYamlList(file).map(({ value, line }) => validateTerm(file, value, line)));
  cache.set(file, { mtimeMs, glossary });
  return glossary;
}

function validateTerm(file: string, value: unknown, line: number | undefined): GlossaryTerm & { line: number | undefined } {
  const item = (value ?? {}) as Record<string, unknown>;
  const where = { file, line };
  const known = new Set(['id', 'term', 'aliases', 'definition']);
  const unknown = Object.keys(item).find((key) => !known.has(key));
  if (unknown) throw new ContentError(where, `Unknown field "${unknown}" in a glossary entry.`, 'Use only id, term, aliases and definition.');
  if (typeof item['id'] !== 'string' || !ID.test(item['id'])) {
    throw new ContentError(where, `Glossary entry has a missing or malformed "id" (${JSON.stringify(item['id'])}).`, 'Use lowercase words joined by hyphens, e.g. "stratum-corneum".');
  }
  for (const field of ['term', 'definition'] as const) {
    if (typeof item[field] !== 'string' || item[field].trim() === '') {
      throw new ContentError(where, `Glossary entry "${item['id']}" has no "${field}".`);
    }
  }
  const aliases = item['aliases'] ?? [];
  if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string' || alias.trim() === '')) {
    throw new ContentError(where, `Glossary entry "${item['id']}": "aliases" must be a list of words.`);
  }
  return { id: item['id'], term: String(item['term']).trim(), aliases: aliases.map((a: string) => a.trim()), definition: String(item['definition']).trim(), line };
}

function buildGlossary(file: string, entries: Array<GlossaryTerm & { line: number | undefined }>): Glossary {
  const terms = new Map<string, GlossaryTerm>();
  const owners = new Map<string, string>();
  for (const { line, ...entry } of entries) {
    if (terms.has(entry.id)) throw new ContentError({ file, line }, `Duplicate glossary id "${entry.id}".`, 'Give each term its own id.');
    terms.set(entry.id, entry);
    for (const word of [entry.term, ...entry.aliases]) {
      const key = word.toLowerCase();
      const owner = owners.get(key);
      if (owner && owner !== entry.id) {
        throw new ContentError({ file, line }, `"${word}" is listed for both "${owner}" and "${entry.id}".`, 'A word may belong to one glossary term only.');
      }
      owners.set(key, entry.id);
    }
  }
  const words = [...owners.keys()].sort((a, b) => b.length - a.length);
  const pattern = words.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(wordPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : undefined;
  return {
    file,
    terms,
    find(text) {
      if (!pattern) return [];
      return [...text.matchAll(pattern)].map((match) => {
        const word = match[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
        const id = owners.get(word) ?? owners.get(word.replace(/e?s$/, '')) ?? owners.get(word.replace(/s$/, ''));
        return { start: match.index, end: match.index + match[0].length, id: id! };
      }).filter((hit) => hit.id !== undefined);
    },
  };
}

// Escaped word, spaces matching any whitespace, apostrophes either way, with an optional plural.
function wordPattern(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
  return /s$/i.test(word) ? escaped : `${escaped}(?:e?s)?`;
}

/** Aliases worth telling a reader: plural and singular forms of the term or of another alias are left out. */
export function distinctAliases(term: GlossaryTerm): string[] {
  // English -s/-es and Latin -ae plurals (vertebrae → vertebra).
  const singular = (word: string) => word.toLowerCase().replace(/ae$/, 'a').replace(/(?:es|s)$/, '');
  const seen = new Set([term.term.toLowerCase(), singular(term.term)]);
  return term.aliases.filter((alias) => {
    const forms = [alias.toLowerCase(), singular(alias)];
    if (forms.some((form) => seen.has(form))) return false;
    forms.forEach((form) => seen.add(form));
    return true;
  });
}

const LATIN_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const collators = new Map<string, Intl.Collator>();

/**
 * The index letter of a word in a language's alphabet (the letters in order, e.g. Spanish
 * A…N, Ñ, O…Z): the letter its first character is a form of by the language's own collation
 * (É is E in Spanish and English; Ñ is Ñ in Spanish but N in English), the letter itself when the
 * alphabet lacks it, or "#" when the word starts with no letter.
 */
export function indexLetter(word: string, alphabet: readonly string[] = LATIN_ALPHABET, language = 'en'): string {
  const first = [...word.normalize('NFC').trim()][0]?.toLocaleUpperCase(language) ?? '';
  if (!/\p{L}/u.test(first)) return '#';
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language, { sensitivity: 'base', usage: 'search' })));
  return alphabet.find((letter) => collator.compare(letter, first) === 0) ?? first.normalize('NFKD').replace(/\p{M}/gu, '');
}
