import type { CaseUser } from './case-user.js';

/** What visibility depends on, read from the case row and its organization. */
export interface CaseScope {
  tenantId: string;
  organizationId: string;
  organizationArea: string;
  assignedReviewerIds: readonly string[];
}

/**
 * Who sees a case, decided in one place. Another tenant's case is invisible to all.
 * Applicants see their organizations' cases; officers the tenant's (liaison officers
 * their areas'); reviewers only cases assigned to them, never one of an organization
 * they belong to; approvers and finance the tenant's; administrators none (they run
 * programs, users and organizations). What a visible user may *do* is the role × event
 * table of the lifecycle.
 */
export function canSeeCase(user: CaseUser, scope: CaseScope): boolean {
  if (user.tenantId !== scope.tenantId) return false;
  switch (user.role) {
    case 'applicant':
      return user.organizationIds.includes(scope.organizationId);
    case 'officer':
      return user.liaisonAreas.length === 0 || user.liaisonAreas.includes(scope.organizationArea);
    case 'reviewer':
      return scope.assignedReviewerIds.includes(user.userId) && !user.organizationIds.includes(scope.organizationId);
    case 'approver':
    case 'finance':
      return true;
    case 'admin':
      return false;
  }
}
