import type { CaseRole } from '#libs/lifecycle';

/** The signed-in user as administration sees them (the accounts lib's AuthenticatedUser fits). */
export interface AdministrationActor {
  userId: string;
  tenantId: string;
  role: CaseRole;
}
