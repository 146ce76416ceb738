import type { CaseRole } from '#libs/lifecycle';

/**
 * Who is calling, as the server resolved them from a verified token and the current
 * account row; never taken from a request body. Fits the lifecycle's `Actor`.
 */
export interface AuthenticatedUser {
  userId: string;
  tenantId: string;
  role: CaseRole;
  /** Organizations the user is a member of (applicants act for these). */
  organizationIds: string[];
  /** 地域担当職員: the areas whose cases they see; empty means all of the tenant's. */
  liaisonAreas: string[];
}
