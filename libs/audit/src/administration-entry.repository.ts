import type { EntityManager } from 'typeorm';
import type { AdministrationEntryContent } from './administration-entry-hash.js';
import type { JsonObject } from './stored-json.js';

/** An administration entry as read back. */
export interface StoredAdministrationEntry extends AdministrationEntryContent {
  id: string;
  hash: string;
  /** The column holds microseconds the hash (milliseconds) cannot have covered: someone wrote it by hand. */
  occurredAtHasMicroseconds: boolean;
}

/** Where the previous page stopped: pages follow the UNIQUE (tenant_id, sequence) index. */
export interface AdministrationPosition {
  tenantId: string;
  sequence: number;
}

/** Which of one tenant's entries to list, newest first. */
export interface AdministrationEntryFilter {
  action: string | null;
  /** Only entries with a lower sequence (the previous page's last). */
  beforeSequence: number | null;
  limit: number;
}

interface AdministrationEntryRow {
  id: string;
  tenant_id: string;
  sequence: number;
  actor_user_id: string;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload: JsonObject;
  occurred_at: Date;
  occurred_at_has_microseconds: boolean;
  previous_hash: string | null;
  hash: string;
}

const COLUMNS = `id, tenant_id, sequence, actor_user_id, actor_role, action, subject_type, subject_id, payload, occurred_at,
                 occurred_at <> date_trunc('milliseconds', occurred_at) AS occurred_at_has_microseconds, previous_hash, hash`;

/** The SQL of the administration trail. */
export class AdministrationEntryRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Serialises the tenant's appends until the transaction ends: an advisory lock, because a
   * row lock on the tenant (FOR UPDATE) would also wait for every case insert, which holds
   * FOR KEY SHARE on it through its foreign keys. Its own statement: under READ COMMITTED a
   * statement reads with the snapshot it took before waiting, so the head is read after it.
   */
  async lockTrail(tenantId: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`administration_entry:${tenantId}`]);
  }

  /** The tenant's entry with the highest sequence, or null before its first. */
  async lastOfTenant(tenantId: string): Promise<{ sequence: number; hash: string } | null> {
    const rows: Array<{ sequence: number; hash: string }> = await this.manager.query(
      `SELECT sequence, hash FROM administration_entry WHERE tenant_id = $1 ORDER BY sequence DESC LIMIT 1`,
      [tenantId],
    );
    return rows[0] ?? null;
  }

  /** Inserts the entry exactly as hashed and returns its id. */
  async insert(entry: AdministrationEntryContent & { hash: string }): Promise<string> {
    const rows: Array<{ id: string }> = await this.manager.query(
      `INSERT INTO administration_entry (tenant_id, sequence, actor_user_id, actor_role, action, subject_type, subject_id, payload,
                                         occurred_at, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::timestamptz, $10, $11)
       RETURNING id`,
      [
        entry.tenantId,
        entry.sequence,
        entry.actorUserId,
        entry.actorRole,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        JSON.stringify(entry.payload),
        entry.occurredAt.toISOString(),
        entry.previousHash,
        entry.hash,
      ],
    );
    return String(rows[0]?.id);
  }

  /** How many entries the tenant (or every tenant) has, for progress. */
  async count(tenantId: string | null): Promise<number> {
    const rows: Array<{ count: string }> = await this.manager.query(
      `SELECT count(*) AS count FROM administration_entry WHERE $1::uuid IS NULL OR tenant_id = $1::uuid`,
      [tenantId],
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** The next `limit` entries after `after`, in tenant order and then sequence order (keyset pagination). */
  async page(tenantId: string | null, after: AdministrationPosition | null, limit: number): Promise<StoredAdministrationEntry[]> {
    const rows: AdministrationEntryRow[] = await this.manager.query(
      `SELECT ${COLUMNS}
         FROM administration_entry
        WHERE ($1::uuid IS NULL OR tenant_id = $1::uuid)
          AND ($2::uuid IS NULL OR (tenant_id, sequence) > ($2::uuid, $3::integer))
        ORDER BY tenant_id, sequence
        LIMIT $4`,
      [tenantId, after?.tenantId ?? null, after?.sequence ?? null, limit],
    );
    return rows.map(toStored);
  }

  /** One tenant's entries, newest first. */
  async listNewestFirst(tenantId: string, filter: AdministrationEntryFilter): Promise<StoredAdministrationEntry[]> {
    const rows: AdministrationEntryRow[] = await this.manager.query(
      `SELECT ${COLUMNS}
         FROM administration_entry
        WHERE tenant_id = $1
          AND ($2::text IS NULL OR action = $2::text)
          AND ($3::integer IS NULL OR sequence < $3::integer)
        ORDER BY sequence DESC
        LIMIT $4`,
      [tenantId, filter.action, filter.beforeSequence, filter.limit],
    );
    return rows.map(toStored);
  }
}

function toStored(row: AdministrationEntryRow): StoredAdministrationEntry {
  return {
    id: String(row.id),
    tenantId: row.tenant_id,
    sequence: row.sequence,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    payload: row.payload,
    occurredAt: row.occurred_at,
    occurredAtHasMicroseconds: row.occurred_at_has_microseconds,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
