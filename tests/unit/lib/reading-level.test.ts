import { describe, expect, it } from 'vitest';
import { readingLevel, spanishGrade, spanishSyllables } from '../../../src/lib/reading-level.ts';

describe('readingLevel', () => {
  it('scores short plain sentences at a low grade', () => {
    const level = readingLevel(['The cat sat on the mat. It was a big cat. The mat was red.']);
    expect(level.sentences).toBe(3);
    expect(level.words).toBe(15);
    expect(level.grade).toBeLessThan(2);
  });

  it('scores long sentences of long words at a high grade', () => {
    const level = readingLevel([
      'Microdermabrasion mechanically exfoliates the superficial epidermal stratum corneum, consequently increasing transepidermal permeability characteristics considerably.',
    ]);
    expect(level.grade).toBeGreaterThan(16);
  });

  it('treats each block as ending a sentence even without a full stop', () => {
    expect(readingLevel(['A list item', 'Another item']).sentences).toBe(2);
  });

  it('does not end a sentence at common abbreviations', () => {
    expect(readingLevel(['Creams, e.g. cocoa butter, vs. placebo were tested by Osman et al. in Beirut.']).sentences).toBe(1);
  });

  it('does not count numbers as words', () => {
    expect(readingLevel(['In 2008, 45.1% had marks.']).words).toBe(3);
  });

  it('returns zero for no prose', () => {
    expect(readingLevel([])).toEqual({ grade: 0, formula: 'flesch-kincaid', words: 0, sentences: 0 });
  });
});

describe('reading level in Spanish', () => {
  it('counts Spanish syllables with diphthongs and hiatus', () => {
    expect(['piel', 'cuidado', 'día', 'leer', 'estrías', 'hoy', 'tratamiento', 'crema'].map(spanishSyllables)).toEqual([1, 3, 2, 2, 3, 1, 4, 2]);
  });

  it('scores a very simple Spanish paragraph as easy by Fernández-Huerta, not by an English formula', () => {
    const blocks = ['Las estrías son marcas en la piel. Salen cuando la piel se estira rápido. No duelen. Con el tiempo se ven más claras.'];
    const level = readingLevel(blocks, 'es');
    expect(level.formula).toBe('fernandez-huerta');
    expect(level.score).toBeGreaterThan(80);
    expect(level.grade).toBeLessThanOrEqual(5);
  });

  it('maps Fernández-Huerta scores to school grades by its own bands', () => {
    expect([95, 85, 75, 65, 55, 40, 10].map(spanishGrade)).toEqual([4, 5, 6, 7, 9, 13, 17]);
  });

  it('measures words but gives no grade in a language without a formula', () => {
    expect(readingLevel(['Die Haut ist das größte Organ.'], 'de')).toMatchObject({ grade: undefined, formula: undefined, words: 6 });
  });
});
