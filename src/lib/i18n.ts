/** A flat dictionary of UI strings, e.g. `{ "search.label": "Search" }`. */
export type Dictionary = Readonly<Record<string, string>>;

/**
 * Checks a UI-strings dictionary once and returns a lookup that fails loudly on a missing key,
 * so a typo in a component never ships as an empty label.
 */
export function createTranslator(dictionary: unknown, source = 'i18n dictionary') {
  if (typeof dictionary !== 'object' || dictionary === null || Array.isArray(dictionary)) {
    throw new Error(`${source} must be a flat JSON object of strings.`);
  }
  for (const [key, value] of Object.entries(dictionary)) {
    if (typeof value !== 'string') throw new Error(`${source}: "${key}" must be a string.`);
  }
  const strings = dictionary as Dictionary;
  return (key: string): string => {
    const value = strings[key];
    if (value === undefined) throw new Error(`${source} has no string "${key}". Add it to the dictionary.`);
    return value;
  };
}

/** The UI strings a site gets, and what was wrong with what it asked for. */
export interface ResolvedStrings {
  strings: Dictionary;
  /** Keys the language's dictionary lacks, filled in from English. */
  missing: string[];
  /** Override keys that are not UI strings (probably typos), with the closest real key. */
  unknownOverrides: Array<{ key: string; suggestion: string | undefined }>;
}

/**
 * The built-in dictionary of a BCP 47 language (exact tag, then its primary subtag, then English),
 * completed per key from English, with the site's own overrides on top.
 */
export function resolveStrings(
  builtIn: Readonly<Record<string, Dictionary>>,
  language: string,
  overrides: Dictionary = {},
  suggest: (key: string, keys: string[]) => string | undefined = () => undefined,
): ResolvedStrings {
  const english = builtIn['en'] ?? {};
  const own = builtIn[language.toLowerCase()] ?? builtIn[language.toLowerCase().split('-')[0]!] ?? {};
  const missing = Object.keys(english).filter((key) => !(key in own));
  const keys = Object.keys(english);
  const unknownOverrides = Object.keys(overrides)
    .filter((key) => !(key in english))
    .map((key) => ({ key, suggestion: suggest(key, keys) }));
  return { strings: { ...english, ...own, ...overrides }, missing, unknownOverrides };
}
