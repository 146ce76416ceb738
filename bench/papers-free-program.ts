import type pg from 'pg';
import { seedProgram } from '#libs/programs';

/**
 * A filing is checked against the papers the case holds, which are uploads: the benchmarks
 * leave the uploads out, so their cases run under a version of 協働支援 that asks for no
 * papers. SUBMIT and SUBMIT_REPORT still read what the case holds (one statement each).
 */
export async function papersFreeVersion(pool: pg.Pool, tenantId: string): Promise<void> {
  const support = seedProgram('協働支援');
  const definition = { ...support, version: support.version + 1, requiredDocuments: { application: [], change: [], report: [] } };
  await pool.query(`INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, $2, $3, $4)`, [tenantId, support.code, definition.version, definition]);
}
