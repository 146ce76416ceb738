import type { OrganizationType } from '#libs/programs';

/** An applicant organization as administrators see it, with the users who act for it. */
export interface OrganizationView {
  id: string;
  name: string;
  type: OrganizationType;
  /** The type as users read it, e.g. 地域協働体. */
  typeJa: string;
  area: string;
  population: number | null;
  createdAt: Date;
  members: Array<{ id: string; email: string; displayName: string }>;
}
