import type { TestDatabase } from './test-database.js';

/** One table's content: how many rows, and an MD5 over all of them in a fixed order. */
export interface TableDigest {
  rows: number;
  digest: string;
}

/** Every table of the public schema by name, so that a difference names the table that changed. */
export type DatabaseSnapshot = Record<string, TableDigest>;

/**
 * A digest of every row of every table in the public schema, read over the owner connection
 * (which reads every table, whatever the API's role may). Nothing is excluded: login
 * throttling lives in Redis, and no table is written by anything but a request in the API's
 * test app (no worker runs there). Sequences are not tables: a refused insert may use up an
 * id, which is not a change of content.
 *
 * One round trip: query_to_xml runs the per-table query the catalogue names, so a table
 * added by a later migration is covered without a change here.
 */
export async function databaseSnapshot(database: TestDatabase): Promise<DatabaseSnapshot> {
  const rows = await database.query<{ table: string; rows: string; digest: string }>(
    `SELECT t.tablename AS table, x.rows, x.digest
       FROM pg_tables t,
            LATERAL (SELECT query_to_xml(
                       format('SELECT count(*) AS n, md5(coalesce(string_agg(r::text, E''\\n'' ORDER BY r::text), '''')) AS d FROM %I.%I r',
                              t.schemaname, t.tablename),
                       false, true, '') AS content) q,
            LATERAL (SELECT (xpath('/row/n/text()', q.content))[1]::text AS rows,
                            (xpath('/row/d/text()', q.content))[1]::text AS digest) x
      WHERE t.schemaname = 'public'
      ORDER BY t.tablename`,
  );
  return Object.fromEntries(rows.map((row) => [row.table, { rows: Number(row.rows), digest: row.digest }]));
}

/** The tables whose content differs between two snapshots (added or dropped ones too), by name. */
export function changedTables(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables].filter((table) => before[table]?.digest !== after[table]?.digest || before[table]?.rows !== after[table]?.rows).sort();
}
