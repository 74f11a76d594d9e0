import en from './en.json';
import { createTranslator } from '../lib/i18n.ts';

/** Looks up a UI string by its dotted key. */
export const t = createTranslator(en, 'src/i18n/en.json');
