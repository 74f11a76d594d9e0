// What the search client does with a reader's query before and after Pagefind: drop question and
// filler words, add glossary synonyms, fall back to the words that match when no page has them
// all, and find a "Did you mean …?" in the site's own vocabulary. Pure and self-contained (no
// imports): it is bundled into the browser's search script.

/** A Pagefind result as far as this module needs it. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** Searches the index for a query of plain words (Pagefind requires every word). */
export type SearchFn<R extends ScoredResult> = (query: string) => Promise<R[]>;

/** The part of the build-time vocabulary the query logic uses. */
export interface QueryVocabulary {
  words: readonly string[];
  counts: readonly number[];
  synonyms: readonly (readonly string[])[];
  filler: readonly string[];
}

/** What a query was turned into, and what to tell the reader about it. */
export interface QueryAnswer<R extends ScoredResult> {
  results: R[];
  /** The words actually searched (filler dropped, fallback applied). */
  searched: string[];
  /** Every word list searched: the words, and each glossary-synonym variant of them. */
  wordLists: string[][];
  /** Every word the reader typed, filler included, each misspelt one as it was searched and each alias no page uses as the site's word: what headings are matched against. */
  asked: string[];
  /** Set when no page has every word: the words left out because they match no page, or, when each matches somewhere but never together, every word (results then have any of them). */
  fallback?: { dropped: string[]; anyWord: boolean; corrected?: string };
  /** A corrected query from the site's vocabulary, when few or no pages match. */
  suggestion?: string;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}]/gu;

/** Lowercase words of a query or text, apostrophes normalised. */
export function queryWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
}

/** The words that carry meaning: filler dropped, unless nothing else is left. */
export function contentWords(words: readonly string[], filler: ReadonlySet<string>): string[] {
  const kept = words.filter((word) => !filler.has(word));
  return kept.length > 0 ? kept : [...words];
}

/**
 * Queries that say the same with a glossary synonym: each alias phrase in the query is replaced
 * by its term (pages that use any alias carry the term in their search fields, so the term finds
 * them all), and a term in the query by its first alias (so the sections that use the lay word
 * match in their text, not only through the page's fields). At most `limit` variants: each is
 * one more search, and a reader's short query seldom has more than four words with synonyms
 * ("home gadget safety tips" has four; with three, "safety" went unsearched as "safely").
 */
export function synonymVariants(words: readonly string[], groups: readonly (readonly string[])[], limit = 4): string[][] {
  const variants: string[][] = [];
  const seen = new Set([words.join(' ')]);
  const add = (at: number, length: number, replacement: readonly string[]) => {
    const variant = [...words.slice(0, at), ...replacement, ...words.slice(at + length)];
    const key = variant.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      variants.push(variant);
    }
  };
  for (const group of groups) {
    const term = queryWords(group[0] ?? '');
    let found = false;
    for (const phrase of longestFirst(group.slice(1))) {
      // The term's own plural ("aphids" for "aphid") is the term, not an alias to swap.
      if (phrase.length === term.length && phrase.every((word, k) => sameWordForm(word, term[k]!))) continue;
      const at = indexOfPhrase(words, phrase);
      if (at < 0 || phrase.length === 0) continue;
      add(at, phrase.length, term);
      found = true;
      break;
    }
    const termAt = term.length > 0 ? indexOfPhrase(words, term) : -1;
    if (!found && termAt >= 0 && group[1]) add(termAt, term.length, queryWords(group[1]));
    if (variants.length >= limit) break;
  }
  return variants;
}

/**
 * The words with each alias phrase that no page spells out (a word of it is not `known`) replaced
 * by its group's term, the word the site uses: "gadget safety" becomes "device safety". Every
 * list searched starts from these words, so a variant that swaps another word ("site" for
 * "website") does not carry a word no page has, which Pagefind (every word required) would match
 * nowhere.
 */
export function withSiteWords(words: readonly string[], groups: readonly (readonly string[])[], known: (word: string) => boolean): string[] {
  let result = [...words];
  for (const group of groups) {
    const term = queryWords(group[0] ?? '');
    if (term.length === 0) continue;
    for (const phrase of longestFirst(group.slice(1))) {
      const at = indexOfPhrase(result, phrase);
      if (at < 0 || phrase.length === 0 || phrase.every(known)) continue;
      result = [...result.slice(0, at), ...term, ...result.slice(at + phrase.length)];
      break;
    }
  }
  return result;
}

/** Words at least this long are also searched by their start, which their word family shares. */
const FAMILY_MIN_LENGTH = 7;

/**
 * The query with each long word cut to the start its word family shares ("vaccinated" →
 * "vaccinat", which Pagefind matches as a prefix of "vaccination" too; "infected" → "infect"), or
 * undefined when no word is long enough. The stemmer keeps such pairs apart.
 */
export function wordFamilies(words: readonly string[]): string[] | undefined {
  const cut = words.map((word) => (word.length >= FAMILY_MIN_LENGTH && !/\d/.test(word) ? word.slice(0, Math.max(6, word.length - 2)) : word));
  return cut.some((word, index) => word !== words[index]) ? cut : undefined;
}

/**
 * Whether two words are the same, or one is the other's plural made with -s or -es ("cream",
 * "creams"): an alias is written in one number and readers type either.
 */
export function sameWordForm(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && (long === `${short}s` || long === `${short}es`);
}

/** A group's aliases as words, longer phrases first: "plant lice" is swapped whole, not as "plant" (another alias) with "lice" left over. */
function longestFirst(aliases: readonly string[]): string[][] {
  return aliases.map(queryWords).sort((a, b) => b.length - a.length);
}

function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!sameWordForm(words[i + j]!, phrase[j]!)) continue outer;
    return i;
  }
  return -1;
}

/** Edit distance with transpositions (optimal string alignment), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * Whether the index can match a word: a vocabulary word starts with it (Pagefind matches
 * prefixes), or it is a vocabulary word plus a short ending ("sessions", "bruised"). Words under
 * 3 letters and words with digits count as known (the vocabulary leaves them out).
 * `sorted` is the vocabulary in code-unit order.
 */
export function isKnownWord(word: string, sorted: readonly string[]): boolean {
  if (word.length < 3 || /\d/.test(word)) return true;
  const at = lowerBound(sorted, word);
  if (at < sorted.length && sorted[at]!.startsWith(word)) return true;
  for (let cut = 1; cut <= 3 && word.length - cut >= 4; cut++) {
    const stem = word.slice(0, -cut);
    if (inSorted(sorted, stem)) return true;
  }
  return inflectedStems(word).some((stem) => inSorted(sorted, stem) || inSorted(sorted, `${stem}s`));
}

function inSorted(sorted: readonly string[], word: string): boolean {
  return sorted[lowerBound(sorted, word)] === word;
}

/**
 * The words an -ing, -ed or -er form may be made from, short ones and those whose stem changes
 * included: a doubled last consonant ("putting", "scarred" → "put", "scar"), a dropped final e
 * ("shaving" → "shave") or a three-letter stem ("fixing" → "fix"). The index's stemmer matches
 * these; a plain cut of the ending, which keeps four letters, does not.
 */
export function inflectedStems(word: string): string[] {
  const ending = /(?:ing|ed|er)$/.exec(word);
  if (!ending) return [];
  const stem = word.slice(0, ending.index);
  if (stem.length < 2 || !/[aeiouy]/.test(stem)) return [];
  const last = stem[stem.length - 1]!;
  const doubled = stem.length >= 3 && last === stem[stem.length - 2] && /[bcdfgkmnprtvz]/.test(last);
  return doubled ? [stem.slice(0, -1)] : [stem, `${stem}e`];
}

function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Allowed typos for a word of this length: none below 4 letters, 1 up to 7, then 2. Most
 * misspellings are one slip (Damerau, 1964); two edits from a short word reach other words
 * ("writes" → "white"), so a short word no page has is left out and named instead.
 */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * The vocabulary word a misspelt word most likely meant: fewest edits, then most frequent.
 * Undefined when the word is in the vocabulary (or starts one: the index matches prefixes).
 */
export function suggestWord(word: string, vocabulary: Pick<QueryVocabulary, 'words' | 'counts'>): string | undefined {
  const max = maxTypos(word.length);
  if (max === 0 || /\d/.test(word)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  let bestCount = -1;
  for (let i = 0; i < vocabulary.words.length; i++) {
    const candidate = vocabulary.words[i]!;
    if (candidate === word || candidate.startsWith(word)) return undefined;
    const distance = editDistance(word, candidate, Math.min(max, bestDistance));
    const count = vocabulary.counts[i] ?? 0;
    if (distance < bestDistance || (distance === bestDistance && distance <= max && count > bestCount)) {
      best = candidate;
      bestDistance = distance;
      bestCount = count;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/** The query with each misspelt word (other than `keep`) corrected, or undefined when nothing changes. */
export function suggestQuery(words: readonly string[], vocabulary: Pick<QueryVocabulary, 'words' | 'counts'>, keep: ReadonlySet<string> = new Set()): string | undefined {
  let changed = false;
  const corrected = words.map((word) => {
    const better = keep.has(word) ? undefined : suggestWord(word, vocabulary);
    if (better) changed = true;
    return better ?? word;
  });
  return changed ? corrected.join(' ') : undefined;
}

/**
 * The result each merged copy was made from. Pagefind, in its worker mode, frees a result's data
 * once the result object is garbage-collected (a FinalizationRegistry): a copy whose original is
 * gone gets null from data(), at whatever moment the collector runs.
 */
const originals = new WeakMap<object, object>();

/**
 * Merges result lists of the same index: one result per page with its best score, best first.
 * A page found by several lists (a query and its synonym variants) keeps the others in `also`:
 * each list's matches are in its own result's data, and the sections are ranked on all of them.
 * Results found once are returned as they came, never copied.
 */
export function mergeResults<R extends ScoredResult & { also?: readonly R[] }>(lists: readonly (readonly R[])[]): R[] {
  const found = new Map<string, R[]>();
  for (const list of lists) {
    for (const result of list) {
      const all = found.get(result.id) ?? [];
      all.push(result, ...(result.also ?? []));
      found.set(result.id, all);
    }
  }
  return [...found.values()]
    .map((all) => {
      const [best, ...rest] = [...all].sort((a, b) => b.score - a.score);
      if (rest.length === 0) return best!;
      const merged = { ...best!, also: rest };
      originals.set(merged, best!);
      return merged;
    })
    .sort((a, b) => b.score - a.score);
}

/** Pages that have some of the words but are not in `found`: those with more of the words first, then by summed score. */
async function partialMatches<R extends ScoredResult & { also?: readonly R[] }>(searched: readonly string[], found: readonly R[], run: (lists: readonly (readonly string[])[]) => Promise<R[]>, vocabulary: PreparedVocabulary | undefined): Promise<R[]> {
  const seen = new Set(found.map((result) => result.id));
  const tally = new Map<string, { results: R[]; words: number; score: number }>();
  const perWord = await Promise.all(searched.map((word) => run([[word], ...(vocabulary ? synonymVariants([word], vocabulary.synonyms) : [])])));
  for (const list of perWord) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      const entry = tally.get(result.id) ?? { results: [], words: 0, score: 0 };
      entry.results.push(result);
      entry.words++;
      entry.score += result.score;
      tally.set(result.id, entry);
    }
  }
  // Each word's search found the page with that word's matches only: its sections are ranked on all of them.
  return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => mergeResults([entry.results])[0]!);
}

/** Fewer results than this and the reader is offered a corrected query, if there is one. */
export const FEW_RESULTS = 3;

/** The vocabulary prepared for lookups (built once per page). */
export interface PreparedVocabulary extends QueryVocabulary {
  sorted: readonly string[];
  /** How often each page word occurs. */
  counted: ReadonlyMap<string, number>;
  fillerSet: ReadonlySet<string>;
  /** What a misspelt word may be respelt as: the pages' words, then the one-word aliases of the synonym groups that no page uses (count 0, so a page's word wins a tie). */
  spellings: Pick<QueryVocabulary, 'words' | 'counts'>;
}

/** Sorts the vocabulary for prefix lookups and indexes the filler words. */
export function prepareVocabulary(vocabulary: QueryVocabulary): PreparedVocabulary {
  const fillerSet = new Set(vocabulary.filler);
  // The query loses its filler words before aliases are looked for in it, so the aliases lose
  // theirs too: the alias "vitamin A creams" is found in "vitamin a cream for dry hands".
  const withoutFiller = (phrase: string) => {
    const words = queryWords(phrase);
    const kept = words.filter((word) => !fillerSet.has(word));
    return kept.length > 0 && kept.length < words.length ? kept.join(' ') : phrase;
  };
  const synonyms = vocabulary.synonyms.map((group) => group.map(withoutFiller));
  const counted = new Map(vocabulary.words.map((word, index) => [word, vocabulary.counts[index] ?? 0]));
  // "sponsered" means "sponsored" though no page says it: the alias then searches as its group's word.
  const aliases = [...new Set(synonyms.flat().filter((phrase) => /^[\p{L}\p{M}'’-]+$/u.test(phrase) && phrase.length >= 3 && !counted.has(phrase)))];
  const spellings = { words: [...vocabulary.words, ...aliases], counts: [...vocabulary.counts, ...aliases.map(() => 0)] };
  return { ...vocabulary, synonyms, sorted: [...vocabulary.words].sort(), counted, fillerSet, spellings };
}

/**
 * A word no page has split into two words pages have ("birdfeeder" → "bird feeder"), as
 * search engines split compounds; of several splits, the one whose rarer half is most common.
 */
export function splitCompound(word: string, count: ReadonlyMap<string, number>): [string, string] | undefined {
  if (word.length < 6 || /\d/.test(word)) return undefined;
  let best: [string, string] | undefined;
  let bestCount = 0;
  for (let at = 3; at <= word.length - 3; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    const both = Math.min(count.get(left) ?? 0, count.get(right) ?? 0);
    if (both > bestCount) {
      best = [left, right];
      bestCount = both;
    }
  }
  return best;
}

/**
 * The query with each word no page has (and no glossary alias covers) replaced by the site's
 * spelling of it: two words joined ("sun screen" → "sunscreen") or split ("birdfeeder" →
 * "bird feeder") when that gives words the pages have, else the vocabulary's
 * closest word; undefined when nothing changes. A reader who types "yelow leaves" means "yellow
 * leaves": searching the rest alone would answer another question. `replacements` maps each
 * changed word to what it became (a joined pair's second word to nothing).
 */
export function correctedWords(words: readonly string[], vocabulary: PreparedVocabulary, covered: ReadonlySet<string>): { words: string[]; changed: string[]; replacements: Map<string, string[]> } | undefined {
  const changed: string[] = [];
  const replacements = new Map<string, string[]>();
  const known = (word: string) => covered.has(word) || isKnownWord(word, vocabulary.sorted);
  const corrected: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && !(known(word) && known(next)) && vocabulary.counted.has(word + next)) {
      for (const part of [word, next]) if (!known(part)) changed.push(part);
      replacements.set(word, [word + next]).set(next, []);
      corrected.push(word + next);
      i++;
      continue;
    }
    if (known(word)) {
      corrected.push(word);
      continue;
    }
    // One slip of the keyboard ("canfirm" for "confirm") is likelier than a compound ("can firm").
    const respelt = suggestWord(word, vocabulary.spellings);
    const better = respelt && editDistance(word, respelt, 1) <= 1 ? respelt : (splitCompound(word, vocabulary.counted) ?? respelt);
    if (!better) {
      corrected.push(word);
      continue;
    }
    const parts = typeof better === 'string' ? [better] : better;
    changed.push(word);
    replacements.set(word, parts);
    corrected.push(...parts);
  }
  return changed.length > 0 ? { words: corrected, changed, replacements } : undefined;
}

/** Words of a glossary alias phrase in the query, which its synonym variant covers even when no page uses them. */
function coveredByVariants(words: readonly string[], variants: readonly (readonly string[])[]): Set<string> {
  return new Set(words.filter((word) => variants.some((variant) => !variant.includes(word))));
}

/**
 * Answers a query: filler words out, misspelt words corrected to the site's own spelling,
 * glossary synonyms in; words no page contains (and none close to them) are left out (Pagefind
 * requires every word) and named; when the rest never occur together, pages with any of them.
 * A spelling suggestion from the vocabulary when few pages match.
 */
export async function answerQuery<R extends ScoredResult>(query: string, vocabulary: PreparedVocabulary | undefined, search: SearchFn<R>, { fillTo = 0 }: { fillTo?: number } = {}): Promise<QueryAnswer<R>> {
  const typed = contentWords(queryWords(query), vocabulary?.fillerSet ?? new Set());
  if (typed.length === 0) return { results: [], searched: [], wordLists: [], asked: [] };
  // Every word the reader typed, misspelt ones as searched and aliases no page uses as the site's
  // word: "contraindications" is matched against the heading "Who should avoid it" as "avoid".
  const askedAs = (replacements: ReadonlyMap<string, readonly string[]>) => {
    const asked = queryWords(query).flatMap((word) => replacements.get(word) ?? [word]);
    return vocabulary ? withSiteWords(asked, vocabulary.synonyms, known) : asked;
  };
  const correction = vocabulary ? correctedWords(typed, vocabulary, coveredByVariants(typed, synonymVariants(typed, vocabulary.synonyms))) : undefined;
  const known = (word: string) => !vocabulary || isKnownWord(word, vocabulary.sorted);
  const respelt = correction?.words ?? typed;
  const words = vocabulary ? withSiteWords(respelt, vocabulary.synonyms, known) : respelt;
  const synonyms = vocabulary ? synonymVariants(words, vocabulary.synonyms) : [];
  // An alias phrase no page spells out ("plant lice") is already its term in `words`; other words
  // a variant swaps are covered by it even when no page uses them.
  const covered = coveredByVariants(words, synonyms);
  const dropped = words.filter((word) => !known(word) && !covered.has(word));
  // Long words also by their family's start; a word no page has stays out of that search too.
  const family = dropped.length === 0 ? wordFamilies(words) : undefined;
  const variants = [...synonyms, ...(family ? [family] : [])];
  const lists = [words.filter(known), ...variants.map((variant) => variant.filter((word) => !dropped.includes(word)))].filter((list) => list.length > 0);
  if (lists.length === 0) lists.push(words);
  const run = async (candidates: readonly (readonly string[])[]) =>
    candidates.length === 1 ? search(candidates[0]!.join(' ')) : mergeResults(await Promise.all(candidates.map((list) => search(list.join(' ')))));
  let results = await run(lists);
  const searched = lists[0]!;
  let fallback: QueryAnswer<R>['fallback'] = dropped.length > 0 && dropped.length < words.length ? { dropped, anyWord: false } : undefined;
  if (results.length > 0 && results.length < fillTo && searched.length > 1) {
    // Few pages have every word: a question's answer may use other words for some of it ("reach"
    // where the page says "goes"), so pages with some of the words follow, most words first.
    results = [...results, ...(await partialMatches(searched, results, run, vocabulary))];
  }
  if (results.length === 0 && searched.length > 1) {
    // Each word may match somewhere but never together: pages with any of them, best first.
    results = mergeResults(await Promise.all(searched.map((word) => run([[word], ...(vocabulary ? synonymVariants([word], vocabulary.synonyms) : [])]))));
    if (results.length > 0) fallback = { dropped, anyWord: true };
  }
  if (correction && results.length > 0) {
    // Say what was searched instead of what was typed, and offer it as the query to keep.
    const asSearched = respelt.filter((word) => !dropped.includes(word)).join(' ');
    return { results, searched: [...searched], wordLists: lists.map((list) => [...list]), asked: askedAs(correction.replacements), fallback: { dropped: [...correction.changed, ...dropped], anyWord: fallback?.anyWord ?? false, corrected: asSearched }, suggestion: asSearched };
  }
  const suggestion = vocabulary && (dropped.length > 0 || results.length < FEW_RESULTS) ? suggestQuery(words, vocabulary, covered) : undefined;
  if (results.length === 0 && suggestion && vocabulary) {
    // Nothing matches as typed, but the spelling the site uses does: answer that, and say so.
    const respelt = queryWords(suggestion);
    const respeltLists = [respelt, ...synonymVariants(respelt, vocabulary.synonyms)];
    const respeltResults = await run(respeltLists);
    if (respeltResults.length > 0) {
      const changed = typed.filter((word) => !respelt.includes(word));
      return { results: respeltResults, searched: respelt, wordLists: respeltLists, asked: askedAs(new Map(typed.map((word, index) => [word, [respelt[index] ?? word]]))), fallback: { dropped: changed, anyWord: false, corrected: suggestion }, suggestion };
    }
  }
  return { results, searched: [...searched], wordLists: lists.map((list) => [...list]), asked: askedAs(new Map()), ...(fallback ? { fallback } : {}), ...(suggestion ? { suggestion } : {}) };
}
