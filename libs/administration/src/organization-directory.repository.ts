import type { EntityManager } from 'typeorm';
import type { OrganizationType } from '#libs/programs';

export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  area: string;
  population: number | null;
  createdAt: Date;
  members: Array<{ id: string; email: string; displayName: string }>;
}

export interface OrganizationFields {
  name: string;
  type: OrganizationType;
  area: string;
  population: number | null;
}

export type OrganizationChanges = Partial<Pick<OrganizationFields, 'name' | 'area' | 'population'>>;

/** Column of each field an administrator may change: the SET list is built from these names only. */
const CHANGEABLE_COLUMNS: Readonly<Record<keyof OrganizationChanges, string>> = { name: 'name', area: 'area', population: 'population' };

/** The SQL of organizations and their members, always scoped by tenant. */
export class OrganizationDirectoryRepository {
  constructor(private readonly manager: EntityManager) {}

  async list(tenantId: string, organizationId: string | null = null): Promise<OrganizationRow[]> {
    return this.manager.query(
      `SELECT o.id, o.name, o.type, o.area, o.population, o.created_at AS "createdAt",
              coalesce(
                json_agg(json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name) ORDER BY lower(u.email))
                  FILTER (WHERE u.id IS NOT NULL),
                '[]') AS members
         FROM organization o
         LEFT JOIN organization_member m ON m.tenant_id = o.tenant_id AND m.organization_id = o.id
         LEFT JOIN app_user u ON u.tenant_id = m.tenant_id AND u.id = m.user_id
        WHERE o.tenant_id = $1 AND ($2::uuid IS NULL OR o.id = $2::uuid)
        GROUP BY o.id
        ORDER BY o.name, o.id`,
      [tenantId, organizationId],
    );
  }

  async find(tenantId: string, organizationId: string): Promise<OrganizationRow | null> {
    return (await this.list(tenantId, organizationId))[0] ?? null;
  }

  /** True when the organization exists in the tenant; its row stays locked until the transaction ends. */
  async lock(tenantId: string, organizationId: string): Promise<boolean> {
    const rows = await this.manager.query(`SELECT id FROM organization WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, organizationId]);
    return rows.length > 0;
  }

  async insert(tenantId: string, fields: OrganizationFields): Promise<string> {
    const [row]: Array<{ id: string }> = await this.manager.query(
      `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [tenantId, fields.name, fields.type, fields.area, fields.population],
    );
    return row!.id;
  }

  async update(tenantId: string, organizationId: string, changes: OrganizationChanges): Promise<void> {
    const fields = (Object.keys(CHANGEABLE_COLUMNS) as Array<keyof OrganizationChanges>).filter((field) => changes[field] !== undefined);
    if (fields.length === 0) return;
    const assignments = fields.map((field, index) => `${CHANGEABLE_COLUMNS[field]} = $${index + 3}`);
    await this.manager.query(`UPDATE organization SET ${assignments.join(', ')} WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      organizationId,
      ...fields.map((field) => changes[field]),
    ]);
  }

  /** False when the user already was a member. */
  async addMember(tenantId: string, organizationId: string, userId: string): Promise<boolean> {
    const rows = await this.manager.query(
      `INSERT INTO organization_member (tenant_id, organization_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [tenantId, organizationId, userId],
    );
    return rows.length > 0;
  }

  /** False when the user was not a member. */
  async removeMember(tenantId: string, organizationId: string, userId: string): Promise<boolean> {
    // TypeORM answers an UPDATE or DELETE with [rows, affected count].
    const [, removed]: [unknown[], number] = await this.manager.query(
      `DELETE FROM organization_member WHERE tenant_id = $1 AND organization_id = $2 AND user_id = $3`,
      [tenantId, organizationId, userId],
    );
    return removed > 0;
  }
}
