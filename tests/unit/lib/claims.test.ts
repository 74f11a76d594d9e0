import { describe, expect, it } from 'vitest';
import { mergeClaims, normalizeClaim, type SourcedClaim } from '../../../src/lib/claims.ts';

const claim = (text: string, article: string, extra: Partial<SourcedClaim<string>> = {}): SourcedClaim<string> => ({
  claim: text,
  verdict: 'false',
  certainty: 'low',
  summary: 'S.',
  refs: ['a'],
  article,
  ...extra,
});

describe('mergeClaims', () => {
  it('lists a claim stated in two articles once, naming both articles', () => {
    const merged = mergeClaims([claim('Creams remove stretch marks.', 'A'), claim('Other claim.', 'A'), claim('Creams  remove stretch-marks!', 'B')]);
    expect(merged.map((group) => [group.main.claim, group.others.map((other) => other.claim), group.articles])).toEqual([
      ['Creams remove stretch marks.', ['Creams  remove stretch-marks!'], ['A', 'B']],
      ['Other claim.', [], ['A']],
    ]);
  });

  it('merges opposite phrasings that authors linked with the same id, keeping each verdict', () => {
    const merged = mergeClaims([
      claim('It removes stretch marks.', 'A', { id: 'removes' }),
      claim('It cannot remove stretch marks by itself.', 'B', { id: 'removes', verdict: 'true' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.main.verdict).toBe('false');
    expect(merged[0]!.others.map((other) => other.verdict)).toEqual(['true']);
  });

  it('keeps different claims apart', () => {
    expect(mergeClaims([claim('One.', 'A'), claim('Two.', 'A')])).toHaveLength(2);
  });
});

describe('normalizeClaim', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normalizeClaim('  Café-au-lait  “spots” fade!')).toBe('cafe au lait spots fade');
  });
});
