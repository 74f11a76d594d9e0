import { describe, expect, it } from 'vitest';
import { readingLevel } from '../../../src/lib/reading-level.ts';

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
    expect(readingLevel([])).toEqual({ grade: 0, words: 0, sentences: 0 });
  });
});
