import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Readability of a piece of prose. */
export interface ReadingLevel {
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
  words: number;
  sentences: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(?:e\.g|i\.e|vs|etc|et al|approx|Dr|Mr|Mrs|Ms|St|No|Fig|cf)\./gi;
const SENTENCE_END = /[.!?]+(?=["'”’)\]]*(?:\s|$))/g;
const WORD = /[\p{L}]+(?:['’\-][\p{L}]+)*/gu;

// Counting syllables is the costly part and a site reuses the same few thousand words across
// every article, so each word is counted once per build.
const syllableCache = new Map<string, number>();
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    syllableCache.set(key, count);
  }
  return count;
}

/**
 * Flesch-Kincaid grade of prose given as blocks (paragraphs, list items). Each block ends at least
 * one sentence even without a full stop, so list items are not glued into one long sentence.
 * Numbers are not counted as words: they have no syllables to count.
 */
export function readingLevel(blocks: readonly string[]): ReadingLevel {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const text = block.replace(ABBREVIATIONS, (match) => match.replaceAll('.', ''));
    const blockWords = text.match(WORD) ?? [];
    if (blockWords.length === 0) continue;
    words += blockWords.length;
    for (const word of blockWords) syllables += syllablesOf(word);
    const ends = text.trimEnd().match(SENTENCE_END)?.length ?? 0;
    sentences += Math.max(1, ends + (/[.!?]["'”’)\]]*$/.test(text.trimEnd()) ? 0 : 1));
  }
  if (words === 0) return { grade: 0, words: 0, sentences: 0 };
  const grade = Math.round(fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) * 10) / 10;
  return { grade, words, sentences };
}
