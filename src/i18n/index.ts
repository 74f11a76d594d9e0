import runtime from 'virtual:evidence-site/config';
import { createTranslator } from '../lib/i18n.ts';
import { formatDate as formatDateIn } from '../lib/dates.ts';

/** Looks up a UI string by its dotted key, in the site's language with its overrides. */
export const t = createTranslator(runtime.strings, `UI strings (${runtime.site.language})`);

/** A date as readers of the site's language write it, e.g. "24 November 2026" or "24 de noviembre de 2026". */
export function formatDate(date: Date): string {
  return formatDateIn(date, runtime.site.language);
}
