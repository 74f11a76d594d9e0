import { describe, expect, it } from 'vitest';
import { CitationNumbering, findCitationGroups, formatCitationNumbers } from '../../../src/lib/citations.ts';

describe('findCitationGroups', () => {
  it('finds single and grouped Pandoc citations with their positions', () => {
    const text = 'A [@a2020] and B [@b2021; @c:2022].';
    const { groups, malformed } = findCitationGroups(text);
    expect(groups.map((group) => group.keys)).toEqual([['a2020'], ['b2021', 'c:2022']]);
    expect(text.slice(groups[0]!.start, groups[0]!.end)).toBe('[@a2020]');
    expect(malformed).toEqual([]);
  });

  it('reports a bracket that starts like a citation but is not one', () => {
    expect(findCitationGroups('See [@a2020, p. 3].').malformed).toHaveLength(1);
    expect(findCitationGroups('See [@].').malformed).toHaveLength(1);
  });

  it('ignores ordinary brackets and email-like text', () => {
    expect(findCitationGroups('[note] mail a@b.org [x]')).toEqual({ groups: [], malformed: [] });
  });
});

describe('CitationNumbering', () => {
  it('numbers keys in order of first citation and reuses numbers', () => {
    const numbering = new CitationNumbering();
    expect(['b', 'a', 'b', 'c'].map((key) => numbering.numberOf(key))).toEqual([1, 2, 1, 3]);
    expect(numbering.keys).toEqual(['b', 'a', 'c']);
  });

  it('sorts citation numbers and collapses runs of three or more into ranges', () => {
    expect(formatCitationNumbers([6, 1, 7, 8])).toBe('1, 6–8');
    expect(formatCitationNumbers([2, 1])).toBe('1, 2');
    expect(formatCitationNumbers([3, 3, 4, 5, 9, 10])).toBe('3–5, 9, 10');
    expect(formatCitationNumbers([11])).toBe('11');
  });
});
