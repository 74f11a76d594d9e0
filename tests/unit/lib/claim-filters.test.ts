import { describe, expect, it } from 'vitest';
import { claimFilterCss, filterCounts } from '../../../src/lib/claim-filters.ts';

const claims = [
  { verdict: 'false', topics: ['alpha'] },
  { verdict: 'false', topics: ['alpha', 'beta'] },
  { verdict: 'true', topics: ['beta'] },
];

describe('filterCounts', () => {
  it('counts the claims each choice of verdict and topic shows, "All" included', () => {
    const counts = filterCounts(claims, ['false', 'true'], ['alpha', 'beta']);
    const count = (verdict: string, topic: string) => counts.find((row) => row.verdict === verdict && row.topic === topic)?.count;
    expect([count('all', 'all'), count('false', 'all'), count('all', 'beta'), count('false', 'beta'), count('true', 'alpha')]).toEqual([3, 2, 2, 1, 0]);
  });
});

describe('claimFilterCss', () => {
  const counts = filterCounts(claims, ['false', 'true'], ['alpha', 'beta']);
  const css = claimFilterCss(counts, ['alpha', 'beta']);

  it('hides the claims outside the chosen topic', () => {
    expect(css).toContain('.claims:has(#filter-topic-alpha:checked) .claim:not([data-topics~="alpha"]),');
  });

  it('writes how many claims a choice shows', () => {
    expect(css).toContain('.claims:has(#filter-verdict-false:checked):has(#filter-topic-beta:checked) .claims__count::after { content: "1"; }');
  });

  it('reveals "Nothing matches" only for a choice that shows no claim', () => {
    expect(css.match(/\.claims__empty/g)).toHaveLength(1);
    expect(css).toContain('.claims:has(#filter-verdict-true:checked):has(#filter-topic-alpha:checked) .claims__empty { display: block; }');
  });

  it('counts by verdict alone when a site has no topic filter', () => {
    const single = claimFilterCss(filterCounts(claims, ['false', 'true'], []), []);
    expect(single).toContain('.claims:has(#filter-verdict-true:checked) .claims__count::after { content: "1"; }');
    expect(single).not.toContain('filter-topic');
  });
});
