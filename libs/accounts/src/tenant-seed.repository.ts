import type { EntityManager } from 'typeorm';
import type { Program } from '#libs/programs';
import type { TenantSummary } from './account.repository.js';

export interface TenantContents {
  organizations: Array<{ id: string; name: string; area: string; population: number | null }>;
  users: Array<{ role: string; email: string; displayName: string; organizations: string[] }>;
  programVersions: Array<{ code: string; version: number; nameJa: string }>;
  memberships: number;
}

/**
 * The writes of the seeds (the demo tenant, a new municipality), inside the seed’s transaction. Each insert says whether it
 * created a row, so a second run can report that it created nothing.
 */
export class TenantSeedRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The tenant with this code, created if missing, and locked so that two seeds run one after the other. */
  async ensureTenant(code: string, name: string): Promise<{ tenant: TenantSummary; created: boolean }> {
    const inserted = await this.manager.query(`INSERT INTO tenant (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id`, [
      code,
      name,
    ]);
    const [tenant] = await this.manager.query(`SELECT id, code, name FROM tenant WHERE code = $1 FOR UPDATE`, [code]);
    return { tenant, created: inserted.length > 0 };
  }

  /** Organizations have no natural key in the schema: the name within the tenant is the seed's. */
  async ensureOrganization(
    tenantId: string,
    organization: { name: string; type: string; area: string; population: number },
  ): Promise<{ id: string; created: boolean }> {
    const [existing] = await this.manager.query(`SELECT id FROM organization WHERE tenant_id = $1 AND name = $2 ORDER BY created_at LIMIT 1`, [
      tenantId,
      organization.name,
    ]);
    if (existing) return { id: existing.id, created: false };
    const [created] = await this.manager.query(
      `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [tenantId, organization.name, organization.type, organization.area, organization.population],
    );
    return { id: created.id, created: true };
  }

  async findUserId(tenantId: string, email: string): Promise<string | null> {
    return (await this.findUser(tenantId, email))?.id ?? null;
  }

  async findUser(tenantId: string, email: string): Promise<{ id: string; role: string } | null> {
    const [row] = await this.manager.query(`SELECT id, role FROM app_user WHERE tenant_id = $1 AND lower(email) = lower($2)`, [tenantId, email]);
    return row ? { id: row.id, role: row.role } : null;
  }

  async insertUser(
    tenantId: string,
    user: { email: string; displayName: string; role: string; passwordHash: string; passwordChangeRequired?: boolean },
  ): Promise<string> {
    const [row] = await this.manager.query(
      `INSERT INTO app_user (tenant_id, email, display_name, role, password_hash, password_change_required) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [tenantId, user.email, user.displayName, user.role, user.passwordHash, user.passwordChangeRequired ?? false],
    );
    return row.id;
  }

  async ensureMembership(tenantId: string, organizationId: string, userId: string): Promise<boolean> {
    const inserted = await this.manager.query(
      `INSERT INTO organization_member (tenant_id, organization_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [tenantId, organizationId, userId],
    );
    return inserted.length > 0;
  }

  /** Versions are immutable: an existing (tenant, code, version) is kept as it is, never overwritten. */
  async ensureProgramVersion(tenantId: string, program: Program): Promise<boolean> {
    const inserted = await this.manager.query(
      `INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (tenant_id, code, version) DO NOTHING RETURNING id`,
      [tenantId, program.code, program.version, JSON.stringify(program)],
    );
    return inserted.length > 0;
  }

  async contents(tenantId: string): Promise<TenantContents> {
    const organizations = await this.manager.query(
      `SELECT id, name, area, population FROM organization WHERE tenant_id = $1 ORDER BY name`,
      [tenantId],
    );
    const users = await this.manager.query(
      `SELECT u.role, u.email, u.display_name AS "displayName",
              coalesce(array_agg(o.name ORDER BY o.name) FILTER (WHERE o.name IS NOT NULL), '{}') AS organizations
         FROM app_user u
         LEFT JOIN organization_member m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
         LEFT JOIN organization o ON o.tenant_id = m.tenant_id AND o.id = m.organization_id
        WHERE u.tenant_id = $1
        GROUP BY u.id
        ORDER BY array_position(ARRAY['applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'], u.role), lower(u.email)`,
      [tenantId],
    );
    const programVersions = await this.manager.query(
      `SELECT code, version, definition->>'nameJa' AS "nameJa" FROM program_version WHERE tenant_id = $1 ORDER BY code, version`,
      [tenantId],
    );
    const [{ count }] = await this.manager.query(`SELECT count(*)::int AS count FROM organization_member WHERE tenant_id = $1`, [tenantId]);
    return { organizations, users, programVersions, memberships: count };
  }
}
