import { describe, expect, it } from 'vitest';
import { createTranslator, resolveStrings } from '../../../src/lib/i18n.ts';
import en from '../../../src/i18n/en.json';
import es from '../../../src/i18n/es.json';

describe('createTranslator', () => {
  it('returns strings by dotted key', () => {
    expect(createTranslator({ 'search.label': 'Search' })('search.label')).toBe('Search');
  });

  it('throws on a missing key instead of rendering an empty label', () => {
    expect(() => createTranslator({}, 'en.json')('nope')).toThrow('en.json has no string "nope"');
  });

  it('rejects a dictionary with a non-string value', () => {
    expect(() => createTranslator({ a: 1 })).toThrow('"a" must be a string');
  });

  it('accepts the shipped English dictionary', () => {
    expect(() => createTranslator(en)).not.toThrow();
  });
});

describe('resolveStrings', () => {
  const builtIn = { en: { 'a.one': 'One', 'a.two': 'Two' }, es: { 'a.one': 'Uno' } };

  it('picks the dictionary of the language, by full tag or primary subtag', () => {
    expect(resolveStrings(builtIn, 'es').strings['a.one']).toBe('Uno');
    expect(resolveStrings(builtIn, 'es-MX').strings['a.one']).toBe('Uno');
  });

  it('falls back to English per missing key and lists those keys for a warning', () => {
    const resolved = resolveStrings(builtIn, 'es');
    expect(resolved.strings['a.two']).toBe('Two');
    expect(resolved.missing).toEqual(['a.two']);
  });

  it('uses English for a language with no dictionary, and lists every key as missing', () => {
    expect(resolveStrings(builtIn, 'fr').missing).toEqual(['a.one', 'a.two']);
    expect(resolveStrings(builtIn, 'fr').strings['a.one']).toBe('One');
  });

  it("puts the site's overrides on top, and reports override keys that are not UI strings", () => {
    const resolved = resolveStrings(builtIn, 'en', { 'a.one': 'Uno!', 'a.tow': 'x' }, (key) => (key === 'a.tow' ? 'a.two' : undefined));
    expect(resolved.strings['a.one']).toBe('Uno!');
    expect(resolved.unknownOverrides).toEqual([{ key: 'a.tow', suggestion: 'a.two' }]);
  });
});

describe('the shipped dictionaries', () => {
  it('translate every English UI string into Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });
});
