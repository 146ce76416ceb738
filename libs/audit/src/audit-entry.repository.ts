import type { EntityManager } from 'typeorm';
import type { AuditEntryContent } from './audit-hash.js';
import type { JsonValue } from './stored-json.js';

/** An entry as the verifier reads it back. */
export interface StoredAuditEntry extends AuditEntryContent {
  id: string;
  hash: string;
  /** The column holds microseconds the hash (milliseconds) cannot have covered: someone wrote it by hand. */
  occurredAtHasMicroseconds: boolean;
}

/** Which chains to walk: every tenant's, one tenant's, or one case's. */
export interface AuditScope {
  tenantId?: string;
  caseId?: string;
}

/** Where the previous page stopped: pages follow the UNIQUE (case_id, sequence) index. */
export interface AuditPosition {
  caseId: string;
  sequence: number;
}

interface AuditEntryRow {
  id: string;
  tenant_id: string;
  case_id: string;
  sequence: number;
  actor_user_id: string;
  actor_role: string;
  event_type: string;
  payload: JsonValue;
  state_before: string | null;
  state_after: string;
  occurred_at: Date;
  occurred_at_has_microseconds: boolean;
  previous_hash: string | null;
  hash: string;
}

/** The SQL of the audit trail; the append and the verifier never touch TypeORM otherwise. */
export class AuditEntryRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Locks the case row for the rest of the transaction, so that appends to one case take
   * sequence numbers one after another. The use case normally holds this lock already
   * (FOR UPDATE); taking it again in the same transaction costs nothing. False when the
   * case does not exist in that tenant.
   */
  async lockCase(tenantId: string, caseId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM grant_case WHERE tenant_id = $1 AND id = $2 FOR NO KEY UPDATE`,
      [tenantId, caseId],
    );
    return rows.length === 1;
  }

  /** The case's entry with the highest sequence, or null before its first. */
  async lastOfCase(caseId: string): Promise<{ sequence: number; hash: string } | null> {
    const rows: Array<{ sequence: number; hash: string }> = await this.manager.query(
      `SELECT sequence, hash FROM audit_entry WHERE case_id = $1 ORDER BY sequence DESC LIMIT 1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  /** Inserts the entry exactly as hashed and returns its id. */
  async insert(entry: AuditEntryContent & { hash: string }): Promise<string> {
    const rows: Array<{ id: string }> = await this.manager.query(
      `INSERT INTO audit_entry (tenant_id, case_id, sequence, actor_user_id, actor_role, event_type, payload,
                                state_before, state_after, occurred_at, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::timestamptz, $11, $12)
       RETURNING id`,
      [
        entry.tenantId,
        entry.caseId,
        entry.sequence,
        entry.actorUserId,
        entry.actorRole,
        entry.eventType,
        JSON.stringify(entry.payload),
        entry.stateBefore,
        entry.stateAfter,
        entry.occurredAt.toISOString(),
        entry.previousHash,
        entry.hash,
      ],
    );
    return String(rows[0]?.id);
  }

  /** How many entries the scope holds (for progress; entries appended meanwhile are walked too). */
  async count(scope: AuditScope): Promise<number> {
    const values: unknown[] = [];
    const rows: Array<{ count: string }> = await this.manager.query(`SELECT count(*) AS count ${scopeClause(scope, null, values)}`, values);
    return Number(rows[0]?.count ?? 0);
  }

  /** The next `limit` entries after `after`, in case order and then sequence order (keyset pagination). */
  async page(scope: AuditScope, after: AuditPosition | null, limit: number): Promise<StoredAuditEntry[]> {
    const values: unknown[] = [];
    const from = scopeClause(scope, after, values);
    values.push(limit);
    const rows: AuditEntryRow[] = await this.manager.query(
      `SELECT a.id, a.tenant_id, a.case_id, a.sequence, a.actor_user_id, a.actor_role, a.event_type, a.payload,
              a.state_before, a.state_after, a.occurred_at,
              a.occurred_at <> date_trunc('milliseconds', a.occurred_at) AS occurred_at_has_microseconds,
              a.previous_hash, a.hash
         ${from}
        ORDER BY a.case_id, a.sequence
        LIMIT $${values.length}`,
      values,
    );
    return rows.map((row) => ({
      id: String(row.id),
      tenantId: row.tenant_id,
      caseId: row.case_id,
      sequence: row.sequence,
      actorUserId: row.actor_user_id,
      actorRole: row.actor_role,
      eventType: row.event_type,
      payload: row.payload,
      stateBefore: row.state_before,
      stateAfter: row.state_after,
      occurredAt: row.occurred_at,
      occurredAtHasMicroseconds: row.occurred_at_has_microseconds,
      previousHash: row.previous_hash,
      hash: row.hash,
    }));
  }

  async tenantIdByCode(code: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.manager.query(`SELECT id FROM tenant WHERE code = $1`, [code]);
    return rows[0]?.id ?? null;
  }
}

/**
 * FROM and WHERE of the entries `a` in the scope, after `after`; parameters are pushed onto
 * `values`. Without a tenant, the walk follows the UNIQUE (case_id, sequence) index. With one,
 * it walks that tenant's cases by grant_case's (tenant_id, id) index and joins their chains,
 * instead of reading every tenant's entries and filtering. A case's chain is every entry with
 * its case_id: an entry whose tenant_id was rewritten stays in the walk and fails its hash.
 */
function scopeClause(scope: AuditScope, after: AuditPosition | null, values: unknown[]): string {
  const parameter = (value: unknown, type: string) => `$${values.push(value)}::${type}`;
  const conditions: string[] = [];
  let from = 'FROM audit_entry a';
  if (scope.tenantId !== undefined) {
    from = 'FROM grant_case c JOIN audit_entry a ON a.case_id = c.id';
    conditions.push(`c.tenant_id = ${parameter(scope.tenantId, 'uuid')}`);
  }
  if (scope.caseId !== undefined) conditions.push(`a.case_id = ${parameter(scope.caseId, 'uuid')}`);
  if (after !== null) {
    const caseId = parameter(after.caseId, 'uuid');
    conditions.push(`(a.case_id, a.sequence) > (${caseId}, ${parameter(after.sequence, 'integer')})`);
    // Lets the planner start the tenant's case index at the current case.
    if (scope.tenantId !== undefined) conditions.push(`c.id >= ${caseId}`);
  }
  return conditions.length === 0 ? from : `${from} WHERE ${conditions.join(' AND ')}`;
}
