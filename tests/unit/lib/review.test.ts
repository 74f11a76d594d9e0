import { describe, expect, it } from 'vitest';
import { overdueMessage, reviewStatus } from '../../../src/lib/review.ts';

const review = { reviewed: new Date('2026-01-01'), by: 'Editorial process', next: new Date('2027-01-01') };

describe('reviewStatus', () => {
  it('is current before and on the due date', () => {
    expect(reviewStatus(review, new Date('2026-12-31'))).toEqual({ state: 'current', daysLeft: 1 });
    expect(reviewStatus(review, new Date('2027-01-01'))).toEqual({ state: 'current', daysLeft: 0 });
  });

  it('is overdue the day after the due date, counting the days', () => {
    expect(reviewStatus(review, new Date('2027-01-11'))).toEqual({ state: 'overdue', daysOverdue: 10 });
  });
});

describe('overdueMessage', () => {
  it('names the file, the due date and what to do', () => {
    expect(overdueMessage('content/articles/a.mdx', review, { state: 'overdue', daysOverdue: 10 })).toBe(
      'content/articles/a.mdx: review was due on 2027-01-01 (10 days ago). Fix: check the page against its sources, then update review.reviewed and review.next.',
    );
  });
});
