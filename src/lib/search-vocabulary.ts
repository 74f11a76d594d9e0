import { queryWords } from './search-query.ts';

// The search vocabulary, built once per build from the text of every searchable page: the words
// "Did you mean …?" may suggest, how often each occurs, the glossary's synonym groups for query
// expansion, and the language's filler words. Pure: the route that serves it passes the text in.

/** What the search client loads (lazily) next to Pagefind's index. */
export interface SearchVocabulary {
  /** Words of at least 3 letters in the indexed pages, most frequent first. */
  words: string[];
  /** Occurrences of each word of `words`, same order. */
  counts: number[];
  /** Glossary synonym groups, lowercased: the term first, then its aliases. */
  synonyms: string[][];
  /** Question and filler words the client drops before searching ("how", "do", "the"…). */
  filler: string[];
}

/** One searchable page's text, in parts the build already has. */
export interface SearchableText {
  /** Plain fields: title, description, question, key points, claims… */
  fields: readonly string[];
  /** The MDX or Markdown source of the body. */
  body: string;
}

/** Lowercase words of a text without digits, tokenised exactly as the search client does. */
export function words(text: string): string[] {
  return queryWords(text).filter((word) => !/\d/.test(word));
}

/** Attributes whose text a component shows (a callout's title, a details block's summary, a figure's caption); not `aria-label` or `data-title`, which no page shows. */
const SHOWN_ATTRIBUTES = /(?<![\w-])(?:title|summary|caption|alt|label|heading)=(?:"([^"]*)"|'([^']*)')/g;

/**
 * The prose of an MDX/Markdown file: no frontmatter, import/export lines, code, JSX tags or expressions,
 * citation keys, link targets or HTML comments, so only words a reader sees remain. A tag's shown
 * attributes stay: Pagefind indexes the title a callout renders, so a reader's word from it
 * ("myth") must not be dropped from the query as one no page has.
 */
export function proseOf(source: string): string {
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '\n')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => ` ${[...tag.matchAll(SHOWN_ATTRIBUTES)].map((match) => match[1] ?? match[2]).join(' ')} `)
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/**
 * The language's everyday word groups ("pain, hurt, sore") that this site's pages use: each
 * reordered so the word the site uses most comes first (a reader's "hurt" is then also searched
 * as the site's "pain"), and left out when the site uses none of its words.
 */
export function siteEverydayGroups(groups: readonly (readonly string[])[], counts: ReadonlyMap<string, number>): string[][] {
  const uses = (phrase: string) => Math.min(...words(phrase).map((word) => counts.get(word) ?? 0));
  return groups
    .map((group) => [...new Set(group.map((name) => name.toLowerCase().trim()).filter(Boolean))])
    .filter((group) => group.length > 1 && group.some((phrase) => uses(phrase) > 0))
    .map((group) => [...group].sort((a, b) => uses(b) - uses(a)));
}

/** Everyday word groups from the language's strings: groups separated by "|", words or phrases by ",". */
export function parseWordGroups(text: string): string[][] {
  return text.split('|').map((group) => group.split(',').map((word) => word.trim()).filter(Boolean)).filter((group) => group.length > 1);
}

/**
 * Builds the vocabulary from the pages' text, the glossary groups, the filler words and the
 * language's everyday word groups (after the glossary's, which take precedence); at most
 * `maxWords` words, the most frequent (a typo is rarely meant to be a word seen once on a big site).
 */
export function buildVocabulary(pages: readonly SearchableText[], synonyms: readonly (readonly string[])[], filler: readonly string[], maxWords = 20_000, everyday: readonly (readonly string[])[] = []): SearchVocabulary {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of words(text)) {
      // Hyphenated words are searched as their parts as well.
      for (const part of word.includes('-') ? [word, ...word.split('-')] : [word]) {
        if (part.length >= 3) counts.set(part, (counts.get(part) ?? 0) + 1);
      }
    }
  };
  for (const page of pages) {
    for (const field of page.fields) add(field);
    add(proseOf(page.body));
  }
  const everydayGroups = siteEverydayGroups(everyday, counts);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, maxWords);
  return {
    words: sorted.map(([word]) => word),
    counts: sorted.map(([, count]) => count),
    synonyms: [...synonyms.map((group) => [...new Set(group.map((name) => name.toLowerCase().trim()).filter(Boolean))]), ...everydayGroups].filter((group) => group.length > 1),
    filler: [...new Set(filler.map((word) => word.toLowerCase()))].sort(),
  };
}
