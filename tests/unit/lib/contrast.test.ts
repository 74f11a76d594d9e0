import { describe, expect, it } from 'vitest';
import { brandContrastProblems, contrastRatio } from '../../../src/lib/contrast.ts';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b6e63', '#0b6e63')).toBe(1);
  });
});

describe('brandContrastProblems', () => {
  it('accepts the default brand colours in both themes', () => {
    expect(brandContrastProblems({ accent: { light: '#0b6e63', dark: '#6fd6c7' }, link: { light: '#0b5394', dark: '#8cc4ff' } })).toEqual([]);
  });

  it('names the colour, theme and ratio of a brand colour too pale to read, and how to fix it', () => {
    expect(brandContrastProblems({ accent: { light: '#f4b400', dark: '#6fd6c7' } })).toEqual([
      expect.stringMatching(/^brand\.accent\.light \(#f4b400\) has a contrast of 1\.\d\d:1 on the light background #f7f5f0; text needs at least 4\.5:1\. Pick a darker colour\.$/),
    ]);
  });
});
