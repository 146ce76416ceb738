import { formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import type { ReviewScore } from '#libs/lifecycle';
import type { ReviewEntity } from '#libs/persistence';
import { nameOf, type Person } from './case-people.repository.js';

/** A reviewer's scores and comment (審査), or their conflict-of-interest declaration (利益相反). */
export interface ReviewView {
  reviewerId: string;
  reviewerName: string;
  kind: 'review' | 'conflict';
  /** Per criterion; null on a conflict declaration. */
  scores: ReviewScore[] | null;
  /** The sum of the scores; null on a conflict declaration. */
  totalScore: number | null;
  comment: string | null;
  conflictReason: string | null;
  submittedAt: string;
  submittedOn: IsoDate;
  submittedOnJa: string;
  auditSequence: number;
}

export function toReviewView(review: ReviewEntity, people: ReadonlyMap<string, Person>): ReviewView {
  const submittedOn = tokyoDateOf(review.submittedAt);
  return {
    reviewerId: review.reviewerId,
    reviewerName: nameOf(people, review.reviewerId),
    kind: review.kind,
    scores: review.scores,
    totalScore: review.scores === null ? null : review.scores.reduce((total, { score }) => total + score, 0),
    comment: review.comment,
    conflictReason: review.conflictReason,
    submittedAt: review.submittedAt.toISOString(),
    submittedOn,
    submittedOnJa: formatEraDate(submittedOn),
    auditSequence: review.auditSequence,
  };
}
