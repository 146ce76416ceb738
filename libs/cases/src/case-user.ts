import type { CaseRole } from '#libs/lifecycle';

/** The signed-in user as the case capability sees them (the accounts lib resolves it). */
export interface CaseUser {
  userId: string;
  tenantId: string;
  role: CaseRole;
  organizationIds: string[];
  /** Areas of a liaison officer (地域担当職員); empty: the whole tenant. */
  liaisonAreas: string[];
}
