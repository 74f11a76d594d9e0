// Ranks the sections of the pages Pagefind found, so a question lands on the section that
// answers it rather than on the page that mentions its words most. Pagefind scores whole pages;
// its `sub_results` split each page's matches by heading, with each match's weight (headings and
// key points weigh more) and balanced score. Here each section is scored on its own: how many of
// the query's words it has (a question's words together in one section is the strongest signal),
// how strongly (saturated, so a long section repeating one word does not win) and how rare each
// word is; the page's own score (title, the reader's question) adds to its sections. Pure and
// self-contained (no imports): it is bundled into the browser's search script.

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
}

/** A match counts half as much at twice this many weighted occurrences (a body word counts 1, one in key points 9, in an h2 36: Pagefind scores the square of the weight). */
const SATURATION = 3;
/** Matches weighted at least this much are in a heading (h2 6, h3 5, h4 4; key points weigh 3). */
const HEADING_WEIGHT = 4;
/** How much more a section scores when its own heading has all the query's words. */
const HEADING_BOOST = 1;
/** How much the page's own score (title, question, the page as a whole) adds to its best section. */
const PAGE_SHARE = 1;
/** Other sections are listed under a result only when they score at least this share of its best. */
const MORE_SHARE = 0.5;

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

/**
 * Scores each section of each page for the query's word lists (the words searched and their
 * glossary-synonym variants) and returns one result per page, best first, landing on its best section.
 */
export function rankSections<D extends PageData>(hits: readonly PageHit<D>[], wordLists: readonly (readonly string[])[]): SectionResult<D>[] {
  const lists = wordLists.filter((list) => list.length > 0);
  const words = [...new Set(lists.flat())];
  if (hits.length === 0) return [];
  // A word's unit: the score one plain occurrence of it gets (Pagefind's balanced score carries
  // the word's rarity and grows with the square of the match's weight).
  const unit = new Map<string, number>();
  const sectionsOf = hits.map((hit) => {
    const content = (hit.data.raw_content ?? '').split(/[^\S\uFEFF]+/);
    return (hit.data.sub_results ?? []).map((section) => {
      const perWord = new Map<string, { score: number; weight: number }>();
      const inHeading = new Set<string>();
      for (const match of section.weighted_locations ?? []) {
        const word = matchedWord(content[match.location] ?? '', words);
        if (!word) continue;
        const entry = perWord.get(word) ?? { score: 0, weight: 0 };
        entry.score += match.balanced_score;
        if (match.weight >= HEADING_WEIGHT && section.anchor && match.location - section.anchor.location < 20) inHeading.add(word);
        entry.weight += match.weight * match.weight;
        perWord.set(word, entry);
        const single = match.balanced_score / Math.max(1, match.weight * match.weight);
        if (single > 0) unit.set(word, Math.min(unit.get(word) ?? Infinity, single));
      }
      return { section, perWord, inHeading };
    });
  });
  const units = [...unit.values()];
  const meanUnit = units.length > 0 ? units.reduce((sum, value) => sum + value, 0) / units.length : 1;
  const scored = hits.map((hit, index) => {
    // The page's title, question and glossary terms belong to every section (as a page title
    // heads each record in a documentation search): a word found only there counts for half.
    const pageWords = [hit.data.meta['title'], hit.data.meta['question'], hit.data.meta['terms']].join(' ').toLowerCase();
    const inPage = new Set(words.filter((word) => pageWords.includes(word)));
    const sections = sectionsOf[index]!.map(({ section, perWord, inHeading }) => {
      let strength = 0;
      for (const [word, { weight }] of perWord) strength += ((unit.get(word) ?? meanUnit) / meanUnit) * ((weight * (1 + SATURATION)) / (weight + SATURATION));
      // The share of the query this section answers: the best of the word lists (a synonym
      // variant answers for the alias it replaced).
      // Shares weighted by rarity: missing a word most pages have costs less than missing a rare one.
      const rarity = (word: string) => (unit.get(word) ?? meanUnit) / meanUnit;
      const total = (list: readonly string[]) => list.reduce((sum, word) => sum + rarity(word), 0);
      const share = (found: (word: string) => boolean) => (lists.length === 0 ? 0 : Math.max(...lists.map((list) => total(list.filter(found)) / Math.max(1e-9, total(list)))));
      const coverage = lists.length === 0 ? 1 : (share((word) => perWord.has(word)) + share((word) => perWord.has(word) || inPage.has(word))) / 2;
      // A heading that names what the query asks about is the clearest sign the section answers it.
      const named = share((word) => inHeading.has(word));
      return { section, score: strength * coverage * coverage * (1 + HEADING_BOOST * named) };
    });
    sections.sort((a, b) => b.score - a.score);
    return { hit, sections };
  });
  const bestSection = Math.max(1e-9, ...scored.map(({ sections }) => sections[0]?.score ?? 0));
  const bestPage = Math.max(1e-9, ...hits.map((hit) => hit.score));
  const results = scored.map(({ hit, sections }) => {
    const best = sections[0];
    const score = (best?.score ?? 0) / bestSection + (PAGE_SHARE * hit.score) / bestPage;
    const more = sections.slice(1).filter((entry) => best && entry.score >= MORE_SHARE * best.score && entry.section.anchor).slice(0, 2).map((entry) => entry.section);
    return {
      data: hit.data,
      url: best?.section.url ?? hit.data.url,
      headingPath: best ? headingPath(best.section, hit.data.anchors ?? []) : [],
      excerpt: best?.section.excerpt ?? hit.data.excerpt ?? '',
      score,
      more,
    };
  });
  return results.sort((a, b) => b.score - a.score);
}
