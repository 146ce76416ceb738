/** Who acts on a case (DOMAIN.md section 1). */
export const CASE_ROLES = ['applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];
