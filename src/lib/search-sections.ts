// Ranks the sections of the pages Pagefind found, so a question lands on the section that
// answers it rather than on the page that mentions its words most. Pagefind scores whole pages;
// its `sub_results` split each page's matches by heading. Here every section of the candidate
// pages is a record of its own, as in a documentation search (Algolia DocSearch ranks one record
// per heading): scored with BM25 (the standard k1 = 1.2, b = 0.75) over the section's own length,
// a word's rarity taken from how many candidate sections have it and heading matches counting
// more; times the share of the query the section covers, so a question's words together in one
// section beat one word repeated, and two of them side by side in the reader's order (a phrase) a
// little more. The page's title and question rank the page (through Pagefind's page score), lower
// their words' rarity and count as covered by each of its sections, but are not matches of each
// section: counted as such, they made the shortest section of the right page win.
// A synonym variant's words weigh no more than the reader's words they replace. Summaries (key
// points, the claims list, the lead above the first heading) rank their page but give way to a
// body section that covers as much of the query, or scores at least half as much. Questions an
// author lists under a section (`<SearchQuestions>`, hidden on the page) count as its heading;
// such a section's excerpt is made from its own text. Pure and self-contained (no imports): it
// is bundled into the browser's search script.

/** One matched word in a page, as Pagefind reports it. */
export interface WordMatch {
  weight: number;
  balanced_score: number;
  location: number;
}

/** An element with an id in a page (Pagefind's anchors: headings and other targets). */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A page's matches under one heading (Pagefind's sub-result). */
export interface SectionMatch {
  title: string;
  url: string;
  anchor?: PageAnchor;
  weighted_locations: WordMatch[];
  excerpt: string;
}

/** The part of a Pagefind result's data this module reads. */
export interface PageData {
  url: string;
  meta: Record<string, string | undefined>;
  anchors?: PageAnchor[];
  sub_results?: SectionMatch[];
  raw_content?: string;
  excerpt?: string;
}

/** A page Pagefind found: its score and its loaded data. */
export interface PageHit<D extends PageData = PageData> {
  score: number;
  data: D;
}

/** One result as shown: a page, the section it lands on and the page's other matching sections. */
export interface SectionResult<D extends PageData = PageData> {
  data: D;
  /** Link to the best section (the page itself when the best match is above the first heading). */
  url: string;
  /** Headings from the page down to the best section ("Lasers", "Fractional lasers"); empty above the first heading. */
  headingPath: string[];
  excerpt: string;
  score: number;
  /** Other sections of the page that match well, best first. */
  more: SectionMatch[];
  /** Share of the query's meaning (words weighted by rarity) the landing section has. */
  coverage: number;
}

/** BM25's term-frequency saturation and length normalisation (the usual defaults, not tuned). */
const K1 = 1.2;
const B = 0.75;
/** Matches weighted at least this much are in a heading (h2 6, h3 5, h4 4; key points weigh 3). */
const HEADING_WEIGHT = 4;
/** What a match counts for: in the section's heading, in the key points (Pagefind weight 3). */
const HEADING_COUNT = 3;
const KEY_POINT_COUNT = 1;
/** The score is multiplied by the covered share of the query to this power: missing a word costs more than repeating one gains. */
const COVERAGE_POWER = 2;
/** How much Pagefind's own page score (title, question, the page as a whole) lifts its best section: up to this share (the best page's). */
const PAGE_SHARE = 1;
/** How much more a section scores when its heading words the reader's question (filler words included: "Can you prevent them?"), times the share of the question's words it has. */
const QUESTION_HEADING = 4;
/** A body section this close to a summary's score is the landing, even when the summary has more of the query's words. */
const SUMMARY_GIVE_WAY = 0.5;
/** How much a heading's other words weaken its match with the question (0: not at all). */
const HEADING_PRECISION = 1;
/** How much more a section scores when two of the query's words stand side by side in it, in the reader's order ("not medical advice" for "medical advice"), per pair, by the pair's share of the query's meaning. */
const ADJACENT_PAIR = 0.2;
/** Other sections are listed under a result only when they score at least this share of its best. */
const MORE_SHARE = 0.5;
/** A standalone page scoring this many times the best article keeps its place above the articles. */
const PAGE_KEEPS_PLACE = 1.25;
/** Start of the ids of the questions an author lists for a section (`<SearchQuestions>`), hidden on the page. */
export const SEARCH_QUESTION_ID = 'search-question-';
/** Pagefind weight of those questions: a match in one counts as in a heading. */
export const SEARCH_QUESTION_WEIGHT = HEADING_WEIGHT;
/** Ids of the summaries the engine puts at the top of an article (the key points, the claims list); the lead has no id. */
const SUMMARY_IDS = new Set(['', 'key-points', 'evidence-summary']);
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The query word a matched page word stands for: the one sharing the longest start with it
 * (Pagefind matches stems and prefixes, so "leaves" is "leaf", "watering" may be "water").
 */
export function matchedWord(pageWord: string, words: readonly string[]): string | undefined {
  const word = pageWord.toLowerCase().replace(EDGE_PUNCTUATION, '');
  let best: string | undefined;
  let bestLength = 0;
  for (const candidate of words) {
    const shared = commonPrefix(word, candidate);
    if (shared > bestLength && shared >= Math.min(3, candidate.length)) {
      best = candidate;
      bestLength = shared;
    }
  }
  return best;
}

/**
 * The data of one page from each search that found it at a place the others did not, one search
 * after another, each copied as it comes: Pagefind hands every data() call for a page the same
 * cached object and writes that call's matches onto it, so calls made together would all return
 * the last one's matches.
 */
export async function eachSearchData<D extends PageData>(results: readonly { data(): Promise<D | null>; words?: readonly number[] }[]): Promise<D[]> {
  const datas: D[] = [];
  const loaded = new Set<number>();
  for (const found of results) {
    // A search that matched no place in the page the others missed (a long word's family start
    // often matches just the word's own places) adds nothing to merge, and Pagefind would spend
    // as long again working out the page's excerpt and sections.
    if (datas.length > 0 && found.words?.every((location) => loaded.has(location))) continue;
    // Null when Pagefind has already freed the result's data: the page is ranked on the others'.
    const data = await found.data();
    if (!data) continue;
    datas.push({ ...data });
    for (const location of found.words ?? []) loaded.add(location);
  }
  return datas;
}

/**
 * One page's data from several searches (a query and its synonym variants) as one: each section
 * keeps the matches of every search, so a section is scored on "infected" and "infection" alike.
 * The first data's URLs and excerpts are kept (it came from the best-scoring search). Undefined
 * when there is no data.
 */
export function mergePageData<D extends PageData>(datas: readonly D[]): D | undefined {
  const [first, ...others] = datas;
  if (!first || others.length === 0) return first;
  const sections = new Map<string, SectionMatch>();
  for (const data of datas) {
    for (const section of data.sub_results ?? []) {
      const key = section.anchor?.id ?? '';
      const seen = sections.get(key);
      if (!seen) {
        sections.set(key, { ...section, weighted_locations: [...(section.weighted_locations ?? [])] });
        continue;
      }
      const at = new Map(seen.weighted_locations.map((match) => [match.location, match]));
      for (const match of section.weighted_locations ?? []) if (!at.has(match.location)) seen.weighted_locations.push(match);
    }
  }
  const order = (section: SectionMatch) => section.anchor?.location ?? -1;
  return { ...first, sub_results: [...sections.values()].sort((a, b) => order(a) - order(b)) };
}

/** Heading level of an anchor's element ("h3" → 3), or 0 for anything that is not a heading. */
function headingLevel(anchor: PageAnchor | undefined): number {
  const level = /^h([1-6])$/i.exec(anchor?.element ?? '')?.[1];
  return level ? Number(level) : 0;
}

/** The headings above a section and its own, outermost first ("Lasers" › "Fractional lasers"). */
export function headingPath(section: SectionMatch, anchors: readonly PageAnchor[]): string[] {
  const own = section.anchor;
  if (!own) return [];
  const path = [own.text?.trim() || section.title];
  let level = headingLevel(own);
  const before = anchors.filter((anchor) => anchor.location < own.location && headingLevel(anchor) > 1).sort((a, b) => b.location - a.location);
  for (const anchor of before) {
    const next = headingLevel(anchor);
    if (level === 0 || next < level) {
      path.unshift(anchor.text?.trim() || anchor.id);
      level = next;
      if (level <= 2) break;
    }
  }
  return path;
}

/** A section of a candidate page, with what it holds of the query's words. */
interface SectionRecord {
  section: SectionMatch;
  /** Matches per query word, each counted by where it is (body 1, heading more). */
  counts: Map<string, number>;
  /** Where each query word is in the page (word positions), to find words side by side. */
  positions: Map<string, Set<number>>;
  /** Query words in the page's title or question (they count as in every section of the page for rarity). */
  pageWords: readonly string[];
  /** Words from the section's heading to the next heading. */
  length: number;
  summary: boolean;
  /** The questions its author listed for it: matched against the reader's question as its heading is. */
  questions: string[];
  /** Its excerpt: Pagefind's, or, when it has search questions, one of its own text around the matches (the questions are hidden on the page). Made only for the sections shown. */
  excerpt: () => string;
}

/** The sections of one page as records: each match tied to its query word and counted by where it is. */
function sectionRecords(data: PageData, words: readonly string[]): SectionRecord[] {
  const content = (data.raw_content ?? '').split(SPACE);
  // A word in the page's title or question is what the whole page is about: for a word's rarity,
  // every section of the page has it, so it tells the page's sections apart no more than "the".
  const titleWords = [data.meta['title'], data.meta['question']].join(' ').toLowerCase().split(LETTERS);
  const inPage = words.filter((word) => titleWords.some((titleWord) => titleWord.startsWith(word.slice(0, Math.max(4, word.length - 2)))));
  const headingStarts = (data.anchors ?? []).filter((anchor) => headingLevel(anchor) > 0).map((anchor) => anchor.location).sort((a, b) => a - b);
  const questionAnchors = (data.anchors ?? []).filter((anchor) => anchor.id.startsWith(SEARCH_QUESTION_ID));
  return (data.sub_results ?? []).map((section) => {
    const start = section.anchor?.location ?? 0;
    const end = headingStarts.find((location) => location > start) ?? content.length;
    const counts = new Map<string, number>();
    const positions = new Map<string, Set<number>>();
    for (const match of section.weighted_locations ?? []) {
      const word = matchedWord(content[match.location] ?? '', words);
      if (!word) continue;
      positions.set(word, (positions.get(word) ?? new Set()).add(match.location));
      const heading = match.weight >= HEADING_WEIGHT;
      counts.set(word, (counts.get(word) ?? 0) + (heading ? HEADING_COUNT : match.weight > 1 ? KEY_POINT_COUNT : match.weight));
    }
    const listed = questionAnchors.filter((anchor) => anchor.location >= start && anchor.location < end);
    const questions = listed.map((anchor) => anchor.text ?? '');
    // The heading and the questions are not the section's text: the reader sees the heading above the excerpt and never sees the questions.
    const skipped = [section.anchor, ...listed].filter((anchor) => anchor !== undefined).map((anchor): [number, number] => [anchor.location, anchor.location + wordCount(anchor.text ?? '')]);
    const excerpt = () => (listed.length > 0 ? excerptOf(content, start, end, skipped, section.weighted_locations ?? []) : section.excerpt);
    return { section, counts, positions, pageWords: inPage, length: Math.max(1, end - start), summary: SUMMARY_IDS.has(section.anchor?.id ?? ''), questions, excerpt };
  });
}

const LETTERS = /[^\p{L}\p{N}]+/u;
/** What separates words in Pagefind's content, whose word positions its matches give (it keeps U+FEFF inside words). */
const SPACE = /[^\S\uFEFF]+/;

/** Words in an excerpt (Pagefind is asked for the same, `excerptLength`). */
export const EXCERPT_WORDS = 26;

function wordCount(text: string): number {
  return text.split(SPACE).filter(Boolean).length;
}

/**
 * An excerpt of the section's own words, as Pagefind writes one (escaped text, matches in
 * <mark>): the window of EXCERPT_WORDS words with the most matches, leaving out the `skipped`
 * spans of word positions.
 */
export function excerptOf(content: readonly string[], start: number, end: number, skipped: readonly (readonly [number, number])[], matches: readonly WordMatch[]): string {
  const shown: number[] = [];
  for (let at = start; at < end; at++) if (!skipped.some(([from, to]) => at >= from && at < to)) shown.push(at);
  const marked = new Set(matches.map((match) => match.location));
  // Slide the window one word at a time, counting the matches it gains and loses.
  let count = shown.slice(0, EXCERPT_WORDS).filter((at) => marked.has(at)).length;
  let best = 0;
  let bestCount = count;
  for (let first = 1; first + EXCERPT_WORDS <= shown.length; first++) {
    count += (marked.has(shown[first + EXCERPT_WORDS - 1]!) ? 1 : 0) - (marked.has(shown[first - 1]!) ? 1 : 0);
    if (count > bestCount) {
      best = first;
      bestCount = count;
    }
  }
  const escape = (word: string) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return shown
    .slice(best, best + EXCERPT_WORDS)
    .map((at) => (marked.has(at) ? `<mark>${escape(content[at] ?? '')}</mark>` : escape(content[at] ?? '')))
    .join(' ');
}

/**
 * How closely a heading words the reader's question, when it has at least one of the words
 * searched (else 0): the share of the reader's words it has (question and filler words included),
 * times the share of its own meaningful words the reader used, to the power HEADING_PRECISION.
 * A heading phrased as the reader's question ("Is it contagious?") is the clearest sign its
 * section answers it; of two headings with the reader's word, the one that says little else
 * ("What aphids are", not "Aphids on orchids") is about just that.
 */
export function questionInHeading(heading: string, asked: readonly string[], searched: readonly string[], filler: ReadonlySet<string> = new Set()): number {
  if (asked.length === 0) return 0;
  const headingWords = heading.toLowerCase().split(LETTERS).filter(Boolean);
  // Same word, or the same stem: "harm" in "harmful", "prevents" for "prevent".
  const sameWord = (word: string, candidate: string) => candidate === word || (word.length >= 4 && candidate.startsWith(word.slice(0, Math.max(4, word.length - 2))));
  const has = (word: string) => headingWords.some((candidate) => sameWord(word, candidate));
  if (!searched.some(has)) return 0;
  const recall = asked.filter(has).length / asked.length;
  const meaningful = headingWords.filter((word) => !filler.has(word) && !/^\d+$/.test(word));
  const precision = meaningful.length === 0 ? 1 : meaningful.filter((candidate) => asked.some((word) => sameWord(word, candidate) || sameWord(candidate, word))).length / meaningful.length;
  return recall * precision ** HEADING_PRECISION;
}

/** The weight of the query's neighbouring word pairs that stand side by side, in order, in the section: a phrase the reader typed. */
function adjacentPairs(record: SectionRecord, list: readonly { word: string; weight: number }[]): number {
  let weight = 0;
  for (let i = 0; i + 1 < list.length; i++) {
    const next = record.positions.get(list[i + 1]!.word);
    if (!next) continue;
    for (const location of record.positions.get(list[i]!.word) ?? []) {
      if (!next.has(location + 1)) continue;
      weight += Math.min(list[i]!.weight, list[i + 1]!.weight);
      break;
    }
  }
  return weight;
}

/**
 * Scores each section of each page for the query's word lists (the words searched and their
 * glossary-synonym variants) and returns one result per page, best first, landing on its best
 * section. `asked` is every word the reader typed, filler included, matched against headings.
 */
export function rankSections<D extends PageData>(hits: readonly PageHit<D>[], wordLists: readonly (readonly string[])[], asked: readonly string[] = [], filler: ReadonlySet<string> = new Set()): SectionResult<D>[] {
  const lists = wordLists.filter((list) => list.length > 0);
  const words = [...new Set(lists.flat())];
  if (hits.length === 0) return [];
  const pages = hits.map((hit) => sectionRecords(hit.data, words));
  const records = pages.flat();
  const total = Math.max(1, records.length);
  const averageLength = records.reduce((sum, record) => sum + record.length, 0) / total;
  const sectionsWith = new Map<string, number>();
  for (const record of records) for (const word of new Set([...record.counts.keys(), ...record.pageWords])) sectionsWith.set(word, (sectionsWith.get(word) ?? 0) + 1);
  const rarity = (word: string) => {
    const n = sectionsWith.get(word) ?? 0;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };
  // A variant's own word (a synonym, a shorter stem) is never rarer than the reader's words it
  // stands in for: a synonym found in one section ("a fair reason to ask") must not outweigh the
  // reader's word found in three ("what causes"). As Lucene's SynonymQuery, a word and its
  // synonyms are one term for rarity.
  const readerWords = lists[0] ?? [];
  const weighted = lists.map((list) => {
    const replaced = readerWords.filter((word) => !list.includes(word)).reduce((sum, word) => sum + rarity(word), 0);
    return list.map((word) => ({ word, weight: readerWords.includes(word) || replaced === 0 ? rarity(word) : Math.min(rarity(word), replaced) }));
  });
  // The best of the word lists (a synonym variant answers for the alias it replaced).
  const score = (record: SectionRecord) => {
    let best = { score: 0, coverage: 0 };
    for (const list of weighted) {
      let sum = 0;
      let found = 0;
      let mass = 0;
      for (const { word, weight } of list) {
        const count = record.counts.get(word) ?? 0;
        mass += weight;
        // A word in the page's title or question is covered by every section of the page ("how
        // many aphid sprays" in "Aphids › How many sprays"), though it adds nothing to the
        // section's own score.
        if (count === 0) {
          if (record.pageWords.includes(word)) found += weight;
          continue;
        }
        found += weight;
        sum += (weight * count * (K1 + 1)) / (count + K1 * (1 - B + (B * record.length) / averageLength));
      }
      const coverage = mass > 0 ? found / mass : 0;
      const value = sum * coverage ** COVERAGE_POWER * (1 + (ADJACENT_PAIR * adjacentPairs(record, list)) / Math.max(1e-9, mass));
      if (value > best.score || (value === best.score && coverage > best.coverage)) best = { score: value, coverage };
    }
    return best;
  };
  const bestPage = Math.max(1e-9, ...hits.map((hit) => hit.score));
  const ranked = hits.map((hit, index) =>
    pages[index]!.map((record) => {
      const scored = score(record);
      // Above the first heading, the page's title and question are the heading.
      const heading = record.section.anchor ? (record.section.anchor.text ?? record.section.title) : [hit.data.meta['title'], hit.data.meta['question']].join(' ');
      const wording = Math.max(...[heading, ...record.questions].map((text) => questionInHeading(text, asked, words, filler)));
      return { record, coverage: scored.coverage, score: scored.score * (1 + QUESTION_HEADING * wording) };
    }).sort((a, b) => b.score - a.score),
  );
  const results = hits.map((hit, index) => {
    const sections = ranked[index]!;
    const top = sections[0];
    // A summary mentions everything briefly: land on the best body section if it covers as much or scores at least half as much.
    const body = sections.find((entry) => !entry.record.summary);
    const landing = top?.record.summary && body && body.score > 0 && (body.coverage >= top.coverage || body.score >= SUMMARY_GIVE_WAY * top.score) ? body : top;
    const others = sections.filter((entry) => entry !== landing);
    const more = others.filter((entry) => landing && entry.score >= MORE_SHARE * landing.score && entry.record.section.anchor).slice(0, 2).map((entry) => ({ ...entry.record.section, excerpt: entry.record.excerpt() }));
    const section = landing?.record.section;
    return {
      data: hit.data,
      url: section?.url ?? hit.data.url,
      headingPath: section ? headingPath(section, hit.data.anchors ?? []) : [],
      excerpt: landing?.record.excerpt() ?? hit.data.excerpt ?? '',
      score: (top?.score ?? 0) * (1 + (PAGE_SHARE * hit.score) / bestPage),
      more,
      coverage: landing?.coverage ?? 0,
    };
  });
  return results.sort((a, b) => b.score - a.score);
}

/**
 * Results with the site's standalone pages (`meta.kind` "page": about, editorial policy) after the
 * articles, since readers come for the articles and those pages mention much of everything; except
 * a standalone page that has more of the query than any article ("does this site take money from
 * clinics") or scores a quarter more than the best of them ("has a doctor checked these
 * articles"), which keeps its place.
 */
export function articlesFirst<D extends PageData>(results: readonly SectionResult<D>[]): SectionResult<D>[] {
  const isPage = (result: SectionResult<D>) => result.data.meta['kind'] === 'page';
  const articles = results.filter((result) => !isPage(result));
  const bestCoverage = Math.max(0, ...articles.map((result) => result.coverage));
  const bestScore = Math.max(0, ...articles.map((result) => result.score));
  const last = (result: SectionResult<D>) => isPage(result) && result.coverage <= bestCoverage && result.score < PAGE_KEEPS_PLACE * bestScore;
  return [...results.filter((result) => !last(result)), ...results.filter(last)];
}
