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
