import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { verifyAdministrationChains, verifyAuditChains } from '#libs/audit';
import type { InvariantFindings } from './invariant-findings.js';

/**
 * audit-chain-verifies and administration-chain-verifies, by the verifiers of libs/audit, one
 * municipality at a time: each stops at its first broken entry, so a break in one tenant still
 * leaves the others walked.
 */
export async function checkAuditChains(pool: pg.Pool, dataSource: DataSource, findings: InvariantFindings): Promise<void> {
  const { rows: tenants } = await pool.query<{ id: string }>(`SELECT id::text AS id FROM tenant ORDER BY id`);
  for (const { id: tenantId } of tenants) {
    const cases = await verifyAuditChains(dataSource, { tenantId });
    findings.looked('audit-chain-verifies', cases.casesChecked);
    if (cases.firstBroken) {
      const { caseId, entryId, sequence, reason } = cases.firstBroken;
      findings.violated('audit-chain-verifies', `case ${caseId}`, `entry ${entryId} (sequence ${sequence}): ${reason}`);
    }
    const administration = await verifyAdministrationChains(dataSource, { tenantId });
    findings.looked('administration-chain-verifies', administration.tenantsChecked);
    if (administration.firstBroken) {
      const { entryId, sequence, reason } = administration.firstBroken;
      findings.violated('administration-chain-verifies', `tenant ${tenantId}`, `entry ${entryId} (sequence ${sequence}): ${reason}`);
    }
  }
}
