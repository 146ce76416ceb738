import { createHash } from 'node:crypto';
import pg from 'pg';
import type { BenchDatabase } from './bench-database.js';
import { type LoadPlan, type LoadResult, noteProblem, runClosedLoop } from './closed-loop.js';

/** What the ceiling writes, taken from rows the use case wrote, so sizes match. */
export interface CeilingTemplate {
  tenantId: string;
  actorUserId: string;
  /** A case row of median snapshot size; the ceiling's cases are copies of it. */
  caseId: string;
  state: string;
  snapshot: string;
  auditPayload: string;
  outboxTopic: string;
  outboxPayload: string;
}

/** The template, read from what the use case has written so far. */
export async function ceilingTemplate(database: BenchDatabase): Promise<CeilingTemplate> {
  const median = async <Row extends pg.QueryResultRow>(sql: string): Promise<Row> => {
    const rows = await database.query<Row>(sql);
    const row = rows[Math.floor(rows.length / 2)];
    if (!row) throw new Error('the use case wrote no rows to take the ceiling template from');
    return row;
  };
  const row = await median<{ id: string; tenant_id: string; state: string; snapshot: string }>(
    `SELECT id, tenant_id, state, snapshot::text AS snapshot FROM grant_case ORDER BY length(snapshot::text)`,
  );
  const audit = await median<{ actor_user_id: string; payload: string }>(
    `SELECT actor_user_id, payload::text AS payload FROM audit_entry ORDER BY length(payload::text)`,
  );
  const outbox = await median<{ topic: string; payload: string }>(`SELECT topic, payload::text AS payload FROM outbox ORDER BY length(payload::text)`);
  return {
    tenantId: row.tenant_id,
    actorUserId: audit.actor_user_id,
    caseId: row.id,
    state: row.state,
    snapshot: row.snapshot,
    auditPayload: audit.payload,
    outboxTopic: outbox.topic,
    outboxPayload: outbox.payload,
  };
}

interface CeilingCase {
  id: string;
  sequence: number;
  previousHash: string | null;
}

/**
 * Phase 2: the same SQL shape as one event, issued directly with `pg` on cases of its own:
 * BEGIN; lock the case (FOR UPDATE); UPDATE its state, snapshot and version; INSERT the
 * audit entry chained to the previous one (sequence and hash kept in memory); INSERT one
 * outbox row; COMMIT. No ORM, no machine, no extra reads: what the database alone allows.
 */
export class SqlCeiling {
  private closed: Promise<void> | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly template: CeilingTemplate,
    private readonly cases: CeilingCase[],
  ) {}

  /** Copies of the template case, 50 a client, and a pool of one connection a client. */
  static async prepare(database: BenchDatabase, template: CeilingTemplate, clients: number): Promise<SqlCeiling> {
    const { rows } = await database.pool.query<{ id: string }>(
      `INSERT INTO grant_case (tenant_id, program_version_id, organization_id, fiscal_year, state, snapshot, machine_version, version,
                               requested_amount, decided_amount, confirmed_amount)
       SELECT tenant_id, program_version_id, organization_id, fiscal_year, state, snapshot, machine_version, 1,
              requested_amount, decided_amount, confirmed_amount
         FROM grant_case, generate_series(1, $2) WHERE id = $1
       RETURNING id`,
      [template.caseId, 50 * clients],
    );
    const pool = new pg.Pool({ connectionString: database.url, max: clients, application_name: 'bench-ceiling' });
    return new SqlCeiling(pool, template, rows.map((row) => ({ id: row.id, sequence: 0, previousHash: null })));
  }

  /** The copies, which the reads over HTTP leave out: they measure cases the use case wrote. */
  get caseIds(): string[] {
    return this.cases.map((target) => target.id);
  }

  /** Each client takes its own cases in turn, so clients never wait on each other's row locks. */
  run(plan: LoadPlan): Promise<LoadResult> {
    return runClosedLoop(plan, async (index, tally, until) => {
      const client = await this.pool.connect();
      try {
        for (let next = index; Date.now() < until; next += plan.clients) {
          const target = this.cases[next % this.cases.length] as CeilingCase;
          try {
            await oneEvent(client, this.template, target);
            tally.done += 1;
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            noteProblem(tally, error);
          }
        }
      } finally {
        client.release();
      }
    });
  }

  /** Ends the pool once, however often it is asked. */
  close(): Promise<void> {
    this.closed ??= this.pool.end();
    return this.closed;
  }
}

async function oneEvent(client: pg.PoolClient, template: CeilingTemplate, target: CeilingCase): Promise<void> {
  const sequence = target.sequence + 1;
  const occurredAt = new Date().toISOString();
  const hash = createHash('sha256').update(`${target.previousHash ?? ''}|${target.id}|${sequence}|${occurredAt}|${template.auditPayload}`).digest('hex');
  await client.query('BEGIN');
  await client.query(`SELECT * FROM grant_case WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [template.tenantId, target.id]);
  await client.query(`UPDATE grant_case SET state = $3, snapshot = $4::jsonb, version = version + 1, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [
    template.tenantId,
    target.id,
    template.state,
    template.snapshot,
  ]);
  await client.query(
    `INSERT INTO audit_entry (tenant_id, case_id, sequence, actor_user_id, actor_role, event_type, payload,
                              state_before, state_after, occurred_at, previous_hash, hash)
     VALUES ($1, $2, $3, $4, 'officer', 'ADD_NOTE', $5::jsonb, $6, $6, $7::timestamptz, $8, $9)`,
    [template.tenantId, target.id, sequence, template.actorUserId, template.auditPayload, template.state, occurredAt, target.previousHash, hash],
  );
  await client.query(`INSERT INTO outbox (tenant_id, case_id, topic, payload) VALUES ($1, $2, $3, $4::jsonb)`, [
    template.tenantId,
    target.id,
    template.outboxTopic,
    template.outboxPayload,
  ]);
  await client.query('COMMIT');
  target.sequence = sequence;
  target.previousHash = hash;
}
