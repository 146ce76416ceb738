import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { decodeKeysetCursor } from '#libs/persistence';
import { type CaseListFilter, listCases } from '../libs/cases/src/case-list.repository.js';
import type { CaseUser } from '../libs/cases/src/case-user.js';

/** PostgreSQL's own account of one run of the list's query. */
export interface ListPlan {
  /** EXPLAIN ANALYZE's Execution Time, ms. */
  executionMs: number;
  /** The plan as text, one line per node. */
  lines: string[];
}

/**
 * The list's query exactly as GET /cases sends it for this user, filter and cursor (listCases,
 * the repository function the use case calls, with the page size plus one), run once under
 * EXPLAIN (ANALYZE, BUFFERS) on the benchmark's own connection: listCases only asks its
 * manager for `query`, so a stand-in sends the statement prefixed.
 */
export async function explainList(pool: pg.Pool, user: CaseUser, filter: CaseListFilter, cursor: string | null, limit = 20): Promise<ListPlan> {
  const manager = {
    query: async (sql: string, values: unknown[]) => (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values)).rows,
  } as unknown as EntityManager;
  const after = cursor === null ? null : decodeKeysetCursor(cursor);
  const rows = (await listCases(manager, user, filter, { limit: limit + 1, after, now: new Date() })) as unknown as Array<{ 'QUERY PLAN': string }>;
  const lines = rows.map((row) => row['QUERY PLAN']);
  const time = /^Execution Time: ([\d.]+) ms$/.exec(lines.at(-1)?.trim() ?? '');
  return { executionMs: time ? Number(time[1]) : Number.NaN, lines };
}
