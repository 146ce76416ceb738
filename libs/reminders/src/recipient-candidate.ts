import type { CaseRole } from '#libs/lifecycle';

/** A user of the case's municipality who might be told about one of its deadlines. */
export interface RecipientCandidate {
  userId: string;
  role: CaseRole;
  displayName: string;
  /** From the user record: where the e-mail goes. */
  email: string;
  organizationIds: readonly string[];
  /** 地域担当職員: the areas whose cases they handle; empty means the whole municipality. */
  liaisonAreas: readonly string[];
}
