import type { CaseRole } from '#libs/lifecycle';

/** An account as administrators see it. Never the password or its hash. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: CaseRole;
  /** 地域担当職員 (officers only): the areas whose cases they see; empty means all. */
  liaisonAreas: string[];
  organizations: Array<{ id: string; name: string }>;
  createdAt: Date;
}
