import type { Actor, CaseRole } from '#libs/lifecycle';

export const APPLICANT_ORGANIZATION_ID = 'org-applicant';
export const OTHER_ORGANIZATION_ID = 'org-other';

/** One user per role; the applicant belongs to the applicant organization, the others to none of it. */
export function actorFor(role: CaseRole, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: `${role}-1`,
    role,
    organizationIds: role === 'applicant' ? [APPLICANT_ORGANIZATION_ID] : [],
    ...overrides,
  };
}
