import { isoDate } from './dates.ts';

/** Review metadata of an article, as in its frontmatter. */
export interface Review {
  reviewed: Date;
  /** Who or what reviewed it, as free text; absent when `reviewers` names people from people.yaml. */
  by?: string | undefined;
  /** Ids from people.yaml. */
  reviewers?: string[] | undefined;
  next: Date;
  /** Whether a qualified clinician reviewed the page (`clinical`) or only an editorial check was made. */
  type?: 'editorial' | 'clinical';
}

/** Whether an article's review is current or overdue on a given day. */
export type ReviewStatus = { state: 'current'; daysLeft: number } | { state: 'overdue'; daysOverdue: number };

const DAY = 86_400_000;

/** Review status of `review` on `day` (a review due today is still current). */
export function reviewStatus(review: Review, day: Date): ReviewStatus {
  const days = Math.round((review.next.getTime() - day.getTime()) / DAY);
  return days >= 0 ? { state: 'current', daysLeft: days } : { state: 'overdue', daysOverdue: -days };
}

/** One line for the build log or report about an overdue review, saying what to do. */
export function overdueMessage(file: string, review: Review, status: Extract<ReviewStatus, { state: 'overdue' }>): string {
  return `${file}: review was due on ${isoDate(review.next)} (${status.daysOverdue} days ago). Fix: check the page against its sources, then update review.reviewed and review.next.`;
}
