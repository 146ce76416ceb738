import pg from 'pg';
import { seedProgram } from '#libs/programs';
import { runMigrations } from '#libs/persistence';
import { type SeededTenant, seedTenant } from '../libs/testing/src/tenant.factory.js';

/** The program every proof case is filed under. */
export const PROOF_PROGRAM = seedProgram('協働支援');

/** 10億円 a year: no organization of the load reaches it. */
const LOAD_CAP = 1_000_000_000;

/** An applicant organization of a tenant, and the one applicant who acts for it. */
export interface ProofOrganization {
  id: string;
  applicantEmail: string;
}

export interface ProofTenant {
  seeded: SeededTenant;
  organizations: ProofOrganization[];
}

/**
 * The run's municipalities: each as the tests seed one (a user per role, Ichinoseki's
 * programs), plus `organizationsPerTenant` more organizations, each with its applicant.
 * The program gets a version with a per-year cap far above the load's: it files many cases per
 * organization in one fiscal year, which the real cap (10万円) would turn into refusals.
 */
export async function seedProofTenants(databaseUrl: string, tenants: number, organizationsPerTenant: number): Promise<ProofTenant[]> {
  await runMigrations(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const database = {
    name: new URL(databaseUrl).pathname.slice(1),
    url: databaseUrl,
    query: async <Row extends pg.QueryResultRow>(sql: string, values?: unknown[]) => (await pool.query<Row>(sql, values)).rows,
    drop: () => Promise.resolve(),
  };
  try {
    const seeded: ProofTenant[] = [];
    for (let index = 0; index < tenants; index += 1) {
      const tenant = await seedTenant(database, `proof${index + 1}`);
      await database.query(`INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, $2, $3, $4)`, [
        tenant.id,
        PROOF_PROGRAM.code,
        PROOF_PROGRAM.version + 1,
        JSON.stringify({ ...PROOF_PROGRAM, version: PROOF_PROGRAM.version + 1, caps: { perFiscalYear: LOAD_CAP, total: null } }),
      ]);
      const [applicant] = await database.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [tenant.users.applicant.id]);
      const organizations: ProofOrganization[] = [{ id: tenant.organizationId, applicantEmail: tenant.users.applicant.email }];
      for (let number = 1; number <= organizationsPerTenant - 1; number += 1) {
        const [organization] = await database.query<{ id: string }>(
          `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, $2, 'communityCollaborationBody', $3, 3000) RETURNING id`,
          [tenant.id, `第${number}地区地域協働体`, `第${number}地区`],
        );
        const email = `applicant-${number}@${tenant.code}.example`;
        const [user] = await database.query<{ id: string }>(
          `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role) VALUES ($1, $2, $3, $4, 'applicant') RETURNING id`,
          [tenant.id, email, `申請者${number}`, applicant?.password_hash],
        );
        await database.query(`INSERT INTO organization_member (tenant_id, organization_id, user_id) VALUES ($1, $2, $3)`, [
          tenant.id,
          organization?.id,
          user?.id,
        ]);
        organizations.push({ id: organization?.id as string, applicantEmail: email });
      }
      seeded.push({ seeded: tenant, organizations });
    }
    return seeded;
  } finally {
    await pool.end();
  }
}
