import { describe, expect, it } from 'vitest';
import { CERTAINTIES, VERDICTS } from '../../../src/lib/evidence.ts';
import { keyFindingOf, keyFindingProblem, verdictHedge } from '../../../src/lib/finding.ts';

describe('verdictHedge', () => {
  it('words a verdict as GRADE plain language does: plain when high, "probably" when moderate, "may" when low, "uncertain" when very low', () => {
    expect(['high', 'moderate', 'low', 'very-low'].map((certainty) => verdictHedge('false', certainty as 'high'))).toEqual(['plain', 'probably', 'may', 'uncertain']);
  });

  it('states advice and plain facts without a GRADE hedge', () => {
    expect(verdictHedge('true', 'expert-advice')).toBe('plain');
    expect(verdictHedge('false', 'not-graded')).toBe('plain');
  });

  it('never hedges a verdict that already says how far the evidence goes', () => {
    for (const certainty of CERTAINTIES) {
      expect(verdictHedge('unsupported', certainty)).toBe('plain');
      expect(verdictHedge('advice-differs', certainty)).toBe('plain');
    }
  });

  it('has a wording for every verdict at every certainty', () => {
    for (const verdict of VERDICTS) for (const certainty of CERTAINTIES) expect(['plain', 'probably', 'may', 'uncertain']).toContain(verdictHedge(verdict, certainty));
  });
});

describe('keyFindingOf', () => {
  const claims = [{ claim: 'A' }, { claim: 'B', id: 'b' }];

  it('leads with the claim keyFinding names', () => {
    expect(keyFindingOf(claims, 'b')?.claim).toBe('B');
  });

  it('leads with the first claim when keyFinding is not given', () => {
    expect(keyFindingOf(claims)?.claim).toBe('A');
  });

  it('has no key finding for an article without claims', () => {
    expect(keyFindingOf([])).toBeUndefined();
  });
});

describe('keyFindingProblem', () => {
  it('accepts no keyFinding, or one that is a claim id', () => {
    expect(keyFindingProblem([{ id: 'a' }], undefined)).toBeUndefined();
    expect(keyFindingProblem([{ id: 'a' }], 'a')).toBeUndefined();
  });

  it('says which ids exist when keyFinding names none of them', () => {
    expect(keyFindingProblem([{ id: 'a' }, {}, { id: 'c' }], 'b')).toBe('keyFinding "b" is not the id of a claim in this article. Use one of: a, c.');
  });

  it('tells the author to give the claim an id when no claim has one', () => {
    expect(keyFindingProblem([{}], 'b')).toMatch(/none of this article's claims has an id\. Add id: b to the claim/);
  });
});
