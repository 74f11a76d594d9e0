import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The readability formulas the engine knows, by the language they were made for. */
export type ReadabilityFormula = 'flesch-kincaid' | 'fernandez-huerta';

/** Readability of a piece of prose. */
export interface ReadingLevel {
  /**
   * School grade, rounded to one decimal: Flesch-Kincaid's grade in English; in Spanish the grade
   * of the Fernández-Huerta band the score falls in (see spanishGrade). Undefined when the
   * language has no formula.
   */
  grade: number | undefined;
  /** The formula used; undefined when the language has none (the check is skipped). */
  formula: ReadabilityFormula | undefined;
  /** Fernández-Huerta reading ease (0–100, higher is easier), for Spanish only. */
  score?: number | undefined;
  words: number;
  sentences: number;
}

/** The formula for a BCP 47 language tag ("es-MX" → Fernández-Huerta); undefined when there is none. */
export function readabilityFormula(language: string): ReadabilityFormula | undefined {
  const primary = language.toLowerCase().split('-')[0];
  return primary === 'en' ? 'flesch-kincaid' : primary === 'es' ? 'fernandez-huerta' : undefined;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(?:e\.g|i\.e|vs|etc|et al|approx|Dr|Mr|Mrs|Ms|St|No|Fig|cf|p\. ej|aprox|Sr|Sra|Dra|núm|pág)\./giu;
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
 * Reading level of prose given as blocks (paragraphs, list items), by the formula of `language`
 * (English by default). Each block ends at least one sentence even without a full stop, so list
 * items are not glued into one long sentence. Numbers are not counted as words: they have no
 * syllables to count.
 */
export function readingLevel(blocks: readonly string[], language = 'en'): ReadingLevel {
  const formula = readabilityFormula(language);
  const countSyllables = formula === 'fernandez-huerta' ? spanishSyllables : syllablesOf;
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const text = block.replace(ABBREVIATIONS, (match) => match.replaceAll('.', ''));
    const blockWords = text.match(WORD) ?? [];
    if (blockWords.length === 0) continue;
    words += blockWords.length;
    if (formula) for (const word of blockWords) syllables += countSyllables(word);
    const ends = text.trimEnd().match(SENTENCE_END)?.length ?? 0;
    sentences += Math.max(1, ends + (/[.!?]["'”’)\]]*$/.test(text.trimEnd()) ? 0 : 1));
  }
  if (!formula) return { grade: undefined, formula, words, sentences };
  if (words === 0) return { grade: 0, formula, words: 0, sentences: 0, ...(formula === 'fernandez-huerta' ? { score: 100 } : {}) };
  if (formula === 'fernandez-huerta') {
    const score = round(fernandezHuerta(syllables / words, words / sentences));
    return { grade: spanishGrade(score), formula, score, words, sentences };
  }
  return { grade: round(fleschKincaid({ sentence: sentences, word: words, syllable: syllables })), formula, words, sentences };
}

/**
 * Fernández-Huerta reading ease (Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna
 * 1959;214:29-32), in the corrected form with syllables per word and words per sentence:
 * L = 206.84 − 60·(syllables/words) − 1.02·(words/sentences). The often-copied "0.60·P − 1.02·F"
 * with F as sentences per 100 words scores shorter sentences as harder (Law G, "Error in the
 * Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011).
 */
export function fernandezHuerta(syllablesPerWord: number, wordsPerSentence: number): number {
  return 206.84 - 60 * syllablesPerWord - 1.02 * wordsPerSentence;
}

// Fernández Huerta's own reading of the score as school grades: 90–100 very easy (4th grade),
// 80–90 easy (5th), 70–80 fairly easy (6th), 60–70 standard (7th–8th), 50–60 fairly difficult
// (pre-university), 30–50 difficult, 0–30 very difficult (university). Each band maps to the
// lowest grade it covers, so "grade ≤ budget" is the same test as "score ≥ the band of the budget".
const SPANISH_BANDS: ReadonlyArray<readonly [minimumScore: number, grade: number]> = [
  [90, 4],
  [80, 5],
  [70, 6],
  [60, 7],
  [50, 9],
  [30, 13],
];

/** The school grade of a Fernández-Huerta score, by the bands above (17: university level). */
export function spanishGrade(score: number): number {
  return SPANISH_BANDS.find(([minimum]) => score >= minimum)?.[1] ?? 17;
}

const STRONG_OR_STRESSED = 'aeoáéóíú';
const spanishCache = new Map<string, number>();

/**
 * Syllables of a Spanish word: one per vowel group, where two strong vowels (a, e, o) or a
 * stressed weak one (í, ú) next to another vowel start a new syllable (hiatus: "le-er", "dí-a"),
 * and unstressed i/u join their neighbour (diphthong: "cie-lo", "cui-da-do"). Final "y" after a
 * vowel ("hoy", "muy") belongs to that vowel.
 */
export function spanishSyllables(word: string): number {
  const key = word.toLowerCase();
  const cached = spanishCache.get(key);
  if (cached !== undefined) return cached;
  let count = 0;
  let previous = '';
  for (const letter of key) {
    const isVowel = 'aeiouáéíóúü'.includes(letter);
    if (!isVowel) {
      previous = '';
      continue;
    }
    if (previous === '' || (isStrongOrStressed(previous) && isStrongOrStressed(letter))) count++;
    previous = letter;
  }
  const result = Math.max(1, count);
  spanishCache.set(key, result);
  return result;
}

function isStrongOrStressed(vowel: string): boolean {
  return STRONG_OR_STRESSED.includes(vowel);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
