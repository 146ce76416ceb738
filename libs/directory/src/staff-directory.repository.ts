import type { EntityManager } from 'typeorm';
import type { CaseRole } from '#libs/lifecycle';

export interface StaffRow {
  id: string;
  displayName: string;
  role: CaseRole;
  liaisonAreas: string[];
  organizations: Array<{ id: string; name: string }>;
}

/** The municipality's users, of one role or all but administrators, by name; never an e-mail address or a password. */
export async function staffOf(manager: EntityManager, tenantId: string, role: CaseRole | null): Promise<StaffRow[]> {
  return manager.query(
    `SELECT u.id, u.display_name AS "displayName", u.role, u.liaison_areas AS "liaisonAreas",
            coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name) FILTER (WHERE o.id IS NOT NULL), '[]') AS organizations
       FROM app_user u
       LEFT JOIN organization_member m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
       LEFT JOIN organization o ON o.tenant_id = m.tenant_id AND o.id = m.organization_id
      WHERE u.tenant_id = $1 AND u.role <> 'admin' AND ($2::text IS NULL OR u.role = $2::text)
      GROUP BY u.id
      ORDER BY u.display_name, u.id`,
    [tenantId, role],
  );
}

export interface OrganizationRow {
  id: string;
  name: string;
  type: string;
  area: string;
  population: number | null;
  members: Array<{ id: string; displayName: string }>;
}

/** The municipality's applicant organizations, by name, with the people who act for them; only `areas` when given. */
export async function organizationsOf(manager: EntityManager, tenantId: string, areas: readonly string[] | null): Promise<OrganizationRow[]> {
  return manager.query(
    `SELECT o.id, o.name, o.type, o.area, o.population,
            coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name) FILTER (WHERE u.id IS NOT NULL), '[]') AS members
       FROM organization o
       LEFT JOIN organization_member m ON m.tenant_id = o.tenant_id AND m.organization_id = o.id
       LEFT JOIN app_user u ON u.tenant_id = m.tenant_id AND u.id = m.user_id
      WHERE o.tenant_id = $1 AND ($2::text[] IS NULL OR o.area = ANY($2::text[]))
      GROUP BY o.id
      ORDER BY o.name, o.id`,
    [tenantId, areas],
  );
}
