import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/i18n.ts';
import en from '../../../src/i18n/en.json';

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
