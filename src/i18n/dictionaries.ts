import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };

/** Built-in UI strings by language; English is complete and the fallback for every other. */
export const dictionaries: Record<string, Record<string, string>> = { en, es };
