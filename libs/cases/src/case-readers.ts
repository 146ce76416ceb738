import type { CaseRole } from '#libs/lifecycle';

/** The roles that work with cases; administrators run programs, users and organizations instead. */
export const CASE_READERS: readonly CaseRole[] = ['applicant', 'officer', 'reviewer', 'approver', 'finance'];

export const ADMINISTRATORS_SEE_NO_CASES =
  'administrators manage programs, users and organizations; cases are for applicants, officers, reviewers, approvers and finance';
