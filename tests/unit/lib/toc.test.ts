import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and leaves out the h1 and h4', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')]);
    expect(toc.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([h(3, 'early'), h(2, 'a')]).map((item) => item.slug)).toEqual(['early', 'a']);
  });

  it('honours custom depth limits', () => {
    expect(buildToc([h(2, 'a'), h(3, 'b')], { maxDepth: 2 })).toEqual([{ ...h(2, 'a'), children: [] }]);
  });
});
