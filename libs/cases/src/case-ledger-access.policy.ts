import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';

/**
 * Which of a visible case's reviews (`canSeeCase` decides that first) a role may read.
 * Officers run the review and approvers decide on it: all of them. A reviewer: only their
 * own, so that no score leans on another's. Applicants never read reviewers' scores,
 * comments or conflict declarations (審査の公正), and finance has no use for them: none.
 */
export function reviewsReadableBy(role: CaseRole): 'all' | 'own' | 'none' {
  switch (role) {
    case 'officer':
    case 'approver':
      return 'all';
    case 'reviewer':
      return 'own';
    case 'applicant':
    case 'finance':
    case 'admin':
      return 'none';
  }
}

/** The roles a refusal to read reviews names. */
export const REVIEW_READERS: readonly CaseRole[] = CASE_ROLES.filter((role) => reviewsReadableBy(role) !== 'none');
