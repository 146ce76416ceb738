/** Who acts on a case (docs/domain.md §1). */
export const CASE_ROLES = ['applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];
