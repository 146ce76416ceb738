import type { EntityManager } from 'typeorm';
import type { Program } from '#libs/programs';
import type { ProgramVersionView } from './program-detail.view.js';
import type { ProgramSummary } from './program-summary.view.js';
import { isUniqueViolation } from '#libs/persistence';

/** The constraint UNIQUE (tenant_id, code, version) of program_version, as PostgreSQL names it. */
const VERSION_KEY = 'program_version_tenant_id_code_version_key';

/** The SQL of program versions, always scoped by tenant. Versions are only ever inserted. */
export class ProgramCatalogRepository {
  constructor(private readonly manager: EntityManager) {}

  async tenantCode(tenantId: string): Promise<string> {
    const [row]: Array<{ code: string }> = await this.manager.query(`SELECT code FROM tenant WHERE id = $1`, [tenantId]);
    return row?.code ?? '';
  }

  async summaries(tenantId: string): Promise<ProgramSummary[]> {
    return this.manager.query(
      `SELECT code,
              (array_agg(definition->>'nameJa' ORDER BY version DESC))[1] AS "nameJa",
              (array_agg(definition->>'municipality' ORDER BY version DESC))[1] AS municipality,
              max(version) AS "latestVersion",
              array_agg(version ORDER BY version) AS versions,
              max(created_at) AS "updatedAt"
         FROM program_version
        WHERE tenant_id = $1
        GROUP BY code
        ORDER BY code`,
      [tenantId],
    );
  }

  async versions(tenantId: string, code: string): Promise<ProgramVersionView[]> {
    return this.manager.query(
      `SELECT v.code, v.version, v.created_at AS "createdAt", v.definition,
              (SELECT count(*) FROM grant_case c WHERE c.tenant_id = v.tenant_id AND c.program_version_id = v.id)::int AS "caseCount"
         FROM program_version v
        WHERE v.tenant_id = $1 AND v.code = $2
        ORDER BY v.version`,
      [tenantId, code],
    );
  }

  async version(tenantId: string, code: string, version: number): Promise<ProgramVersionView | null> {
    const versions = await this.versions(tenantId, code);
    return versions.find((stored) => stored.version === version) ?? null;
  }

  /**
   * The latest version number of the code, or null; its row stays locked until the
   * transaction ends, so two admins adding a version take turns.
   */
  async lockLatestVersion(tenantId: string, code: string): Promise<number | null> {
    const [row]: Array<{ version: number }> = await this.manager.query(
      `SELECT version FROM program_version WHERE tenant_id = $1 AND code = $2 ORDER BY version DESC LIMIT 1 FOR UPDATE`,
      [tenantId, code],
    );
    return row?.version ?? null;
  }

  /** Inserts the version; false when (tenant, code, version) is taken, e.g. by a concurrent request. */
  async insert(tenantId: string, program: Program): Promise<boolean> {
    try {
      await this.manager.query(`INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, $2, $3, $4::jsonb)`, [
        tenantId,
        program.code,
        program.version,
        JSON.stringify(program),
      ]);
      return true;
    } catch (error) {
      if (isUniqueViolation(error, VERSION_KEY)) return false;
      throw error;
    }
  }
}
