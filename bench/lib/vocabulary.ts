// The synthetic corpus's words: a few hundred everyday English words written out here, plus
// thousands of made-up clinical-sounding words built from syllables with a seeded generator.
// Nothing is fetched; the same seed always gives the same lists.
import { Random } from './prng.ts';

/** Everyday nouns of health writing (singular; `plural()` makes the plural). */
export const NOUNS = [
  'skin', 'body', 'heart', 'blood', 'bone', 'joint', 'muscle', 'nerve', 'brain', 'lung', 'liver', 'kidney', 'gut', 'tooth',
  'mouth', 'eye', 'ear', 'back', 'neck', 'knee', 'hip', 'foot', 'hand', 'arm', 'leg', 'chest', 'scalp', 'nail', 'hair',
  'pain', 'rash', 'itch', 'cough', 'fever', 'swelling', 'scar', 'mark', 'spot', 'patch', 'lump', 'sore', 'bruise',
  'sleep', 'diet', 'meal', 'drink', 'habit', 'routine', 'walk', 'task', 'step', 'dose', 'pill', 'tablet', 'cream', 'gel',
  'spray', 'drop', 'patch', 'bath', 'wash', 'balm', 'oil', 'soap', 'diary', 'test', 'scan', 'check', 'visit', 'plan',
  'risk', 'sign', 'change', 'result', 'effect', 'benefit', 'harm', 'reason', 'cause', 'trigger', 'factor', 'level', 'amount',
  'week', 'month', 'year', 'day', 'night', 'morning', 'season', 'stage', 'phase', 'course', 'session', 'group', 'trial',
  'study', 'review', 'survey', 'report', 'finding', 'question', 'answer', 'claim', 'advice', 'guide', 'label', 'brand',
  'price', 'cost', 'choice', 'option', 'goal', 'problem', 'worry', 'stress', 'mood', 'energy', 'weight', 'height', 'water',
  'food', 'fruit', 'salt', 'sugar', 'fat', 'fibre', 'protein', 'vitamin', 'mineral', 'sun', 'heat', 'cold', 'air', 'home',
  'work', 'school', 'family', 'friend', 'partner', 'baby', 'child', 'parent', 'clinic', 'ward', 'pharmacy', 'device',
  'machine', 'needle', 'laser', 'light', 'sound', 'wave', 'layer', 'surface', 'tissue', 'cell', 'fibre', 'gland', 'vessel',
] as const;

/** Nouns for groups of people, already plural. */
export const PEOPLE = [
  'adults', 'children', 'women', 'men', 'patients', 'people', 'teenagers', 'older adults', 'young adults', 'parents',
  'pregnant women', 'new mothers', 'athletes', 'office workers', 'students', 'smokers', 'runners', 'volunteers',
] as const;

/** People a reader might see for help. */
export const PROFESSIONALS = ['doctor', 'nurse', 'pharmacist', 'GP', 'midwife', 'dentist', 'physio', 'health visitor'] as const;

/** Everyday adjectives. */
export const ADJECTIVES = [
  'small', 'large', 'short', 'long', 'mild', 'strong', 'weak', 'deep', 'thin', 'thick', 'soft', 'hard', 'dry', 'wet',
  'warm', 'cool', 'red', 'pale', 'dark', 'light', 'new', 'old', 'early', 'late', 'common', 'rare', 'simple', 'clear',
  'slow', 'quick', 'safe', 'risky', 'gentle', 'harsh', 'daily', 'weekly', 'regular', 'brief', 'lasting', 'minor', 'major',
  'painful', 'sore', 'itchy', 'tired', 'healthy', 'normal', 'useful', 'helpful', 'modest', 'careful', 'honest', 'fair',
  'cheap', 'costly', 'local', 'general', 'basic', 'full', 'half', 'main', 'usual', 'rough', 'smooth', 'tight', 'loose',
  'fresh', 'plain', 'natural', 'active', 'stable', 'steady', 'sudden', 'constant', 'visible', 'hidden', 'proper',
] as const;

/** Regular verbs (base form); `thirdPerson()` and `past()` inflect them. */
export const VERBS = [
  'help', 'ease', 'reduce', 'improve', 'change', 'protect', 'support', 'repair', 'heal', 'soothe', 'treat', 'prevent',
  'cause', 'affect', 'raise', 'lower', 'boost', 'slow', 'speed', 'block', 'stop', 'start', 'last', 'fade', 'spread', 'return',
  'notice', 'check', 'measure', 'compare', 'test', 'use', 'apply', 'rub', 'wash', 'rest', 'stretch', 'walk', 'move', 'lift',
  'sleep', 'eat', 'drink', 'avoid', 'limit', 'track', 'record', 'report', 'follow', 'miss', 'need', 'want', 'try', 'work',
  'matter', 'depend', 'vary', 'differ', 'happen', 'appear', 'settle', 'clear', 'calm', 'cool', 'warm', 'dry', 'soften',
  'tighten', 'loosen', 'strengthen', 'weaken', 'irritate', 'sting', 'burn', 'itch', 'swell', 'shrink', 'grow',
] as const;

/** Little words that join ideas; they keep the prose readable and the grade low. */
export const CONNECTIVES = ['But', 'Still', 'So', 'Also', 'Even so', 'In short', 'For now', 'Overall', 'Often', 'In practice'] as const;

/** Topic taxonomy of the synthetic site. */
export const TOPICS = [
  { id: 'skin-health', title: 'Skin health', description: 'How the skin works, what can go wrong with it and what helps.' },
  { id: 'sleep', title: 'Sleep', description: 'Why sleep matters, common sleep problems and what the studies say about fixing them.' },
  { id: 'heart-health', title: 'Heart health', description: 'Blood pressure, cholesterol and everyday habits that protect the heart.' },
  { id: 'nutrition', title: 'Nutrition', description: 'Food, drinks and supplements, and what the evidence says about each.' },
  { id: 'exercise', title: 'Exercise', description: 'Moving more, staying strong and recovering well after activity.' },
  { id: 'mental-health', title: 'Mental health', description: 'Mood, stress and worry, and treatments that have been tested.' },
  { id: 'pregnancy', title: 'Pregnancy', description: 'Health before, during and after pregnancy, for parents and babies.' },
  { id: 'children', title: 'Children', description: 'Common health questions about babies, children and teenagers.' },
  { id: 'ageing', title: 'Ageing', description: 'Staying well in later life: joints, memory, balance and more.' },
  { id: 'medicines', title: 'Medicines', description: 'How medicines are tested, their side effects and how to use them safely.' },
  { id: 'infections', title: 'Infections', description: 'Colds, flu and other infections: prevention, treatment and when to get help.' },
  { id: 'screening', title: 'Screening and tests', description: 'What health checks and tests can and cannot tell you.' },
] as const;

const ONSETS = ['b', 'br', 'c', 'cl', 'cr', 'd', 'dr', 'f', 'fl', 'fr', 'g', 'gl', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sc', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ee', 'oo', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'nt', 'st', 'x', 'th', 'ck', 'rn', 'lt'];
const DRUG_SUFFIXES = ['ine', 'ol', 'ase', 'ide', 'one', 'in', 'ex', 'an'];
const CONDITION_SUFFIXES = ['osis', 'itis', 'ia', 'ism', 'oma'];
const PART_SUFFIXES = ['um', 'a', 'ix', 'us', 'en'];

/** Made-up words of the corpus, by role. Every word is lowercase letters only and unique across roles. */
export interface PseudoVocabulary {
  /** Treatment names (creams, drugs, devices), used like nouns. */
  treatments: string[];
  /** Condition names. */
  conditions: string[];
  /** Body part and tissue names. */
  parts: string[];
  /** Plain made-up words used as everyday nouns. */
  things: string[];
  /** Reserved for the glossary, never drawn by the prose generator directly. */
  glossary: string[];
  /** Reserved for glossary aliases (lay words). */
  aliases: string[];
}

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

/** Builds the made-up vocabulary: thousands of distinct words, deterministic for a seed. */
export function pseudoVocabulary(seed: string, sizes = { treatments: 1400, conditions: 900, parts: 500, things: 1400, glossary: 40, aliases: 80 }): PseudoVocabulary {
  const random = new Random(`${seed}:vocabulary`);
  const taken = new Set<string>([...NOUNS, ...ADJECTIVES, ...VERBS].map((word) => word.toLowerCase()));
  const make = (count: number, suffixes: readonly string[], syllables: [number, number]): string[] => {
    const words: string[] = [];
    while (words.length < count) {
      let word = '';
      const n = random.int(syllables[0], syllables[1]);
      for (let i = 0; i < n; i++) word += syllable(random);
      if (suffixes.length > 0) word = word.replace(/[aeiou]+$/, '') + random.pick(suffixes);
      if (word.length < 4 || word.length > 13 || taken.has(word) || taken.has(`${word}s`) || taken.has(word.replace(/s$/, ''))) continue;
      taken.add(word);
      words.push(word);
    }
    return words;
  };
  return {
    treatments: make(sizes.treatments, DRUG_SUFFIXES, [1, 2]),
    conditions: make(sizes.conditions, CONDITION_SUFFIXES, [1, 2]),
    parts: make(sizes.parts, PART_SUFFIXES, [1, 2]),
    things: make(sizes.things, [], [1, 2]),
    glossary: make(sizes.glossary, CONDITION_SUFFIXES, [1, 2]),
    aliases: make(sizes.aliases, [], [1, 1]),
  };
}

/** "rash" → "rashes", "baby" → "babies", "child" → "children". */
export function plural(noun: string): string {
  const irregular: Record<string, string> = { child: 'children', foot: 'feet', tooth: 'teeth', man: 'men', woman: 'women', diary: 'diaries' };
  if (irregular[noun]) return irregular[noun];
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** "help" → "helps", "ease" → "eases", "vary" → "varies". */
export function thirdPerson(verb: string): string {
  if (/(s|x|z|ch|sh)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** "help" → "helped", "ease" → "eased", "stop" → "stopped" (irregular verbs are spelled out). */
export function past(verb: string): string {
  const irregular: Record<string, string> = {
    eat: 'ate', drink: 'drank', sleep: 'slept', grow: 'grew', shrink: 'shrank', spread: 'spread', sting: 'stung', speed: 'sped',
    burn: 'burned', swell: 'swelled', lift: 'lifted',
  };
  if (irregular[verb]) return irregular[verb];
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

/** Capitalises the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
