import { REVIEW_READERS, reviewsReadableBy } from './case-ledger-access.policy.js';

describe('who reads the reviews of a case they see', () => {
  it('lets officers and approvers read all, a reviewer only their own, and nobody else any', () => {
    expect(reviewsReadableBy('officer')).toBe('all');
    expect(reviewsReadableBy('approver')).toBe('all');
    expect(reviewsReadableBy('reviewer')).toBe('own');
    expect(reviewsReadableBy('applicant')).toBe('none');
    expect(reviewsReadableBy('finance')).toBe('none');
    expect(reviewsReadableBy('admin')).toBe('none');
  });

  it('names the roles that read reviews in a refusal', () => {
    expect(REVIEW_READERS).toEqual(['officer', 'reviewer', 'approver']);
  });
});
