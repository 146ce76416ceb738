import type pg from 'pg';
import { stateCode } from '#libs/lifecycle';
import type { InvariantFindings } from './invariant-findings.js';

/** The audit entry of an upload: it records the file but leaves the case, and its version, as it was. */
export const ATTACH_DOCUMENT = 'ATTACH_DOCUMENT';

interface CaseTrailRow {
  case_id: string;
  version: number;
  state: string;
  /** The snapshot's state value, as `stateCode` reads it. */
  snapshot_value: Parameters<typeof stateCode>[0];
  requested_amount: string | null;
  decided_amount: string | null;
  confirmed_amount: string | null;
  snapshot_requested: number | null;
  snapshot_decided: number | null;
  snapshot_confirmed: number | null;
  version_raising_entries: number;
  last_state_after: string | null;
}

/**
 * case-version-matches-trail, for every case of the batch: a case is stored at version 1 and its
 * opening event raises it to 2, each later event by one, and an upload not at all; so the version
 * is one more than the entries that are not ATTACH_DOCUMENT. The last entry left the case in the
 * state it is in, and the columns repeat what the snapshot says.
 */
export async function checkCaseTrails(pool: pg.Pool, caseIds: readonly string[], findings: InvariantFindings): Promise<void> {
  const { rows } = await pool.query<CaseTrailRow>(
    `SELECT c.id::text AS case_id, c.version, c.state, c.snapshot->'value' AS snapshot_value,
            c.requested_amount, c.decided_amount, c.confirmed_amount,
            c.snapshot->'context'->'requestedAmount' AS snapshot_requested,
            c.snapshot->'context'->'decidedAmount' AS snapshot_decided,
            c.snapshot->'context'->'confirmedAmount' AS snapshot_confirmed,
            trail.version_raising_entries, trail.last_state_after
       FROM grant_case c
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE a.event_type <> $2)::int AS version_raising_entries,
               (array_agg(a.state_after ORDER BY a.sequence DESC))[1] AS last_state_after
          FROM audit_entry a
         WHERE a.case_id = c.id
      ) trail
      WHERE c.id = ANY($1::uuid[])`,
    [caseIds, ATTACH_DOCUMENT],
  );
  findings.looked('case-version-matches-trail', rows.length);
  for (const row of rows) {
    const broken = (detail: string) => findings.violated('case-version-matches-trail', `case ${row.case_id}`, detail);
    if (row.version !== row.version_raising_entries + 1) {
      broken(`version ${row.version}, but the trail has ${row.version_raising_entries} version-raising entries (version ${row.version_raising_entries + 1})`);
    }
    if (row.last_state_after !== row.state) broken(`state ${row.state}, but the last audit entry left it ${row.last_state_after ?? '(no entry)'}`);
    const snapshotState = stateCode(row.snapshot_value);
    if (snapshotState !== row.state) broken(`state ${row.state}, but the snapshot is in ${snapshotState}`);
    const amounts = [
      ['requested', row.requested_amount, row.snapshot_requested],
      ['decided', row.decided_amount, row.snapshot_decided],
      ['confirmed', row.confirmed_amount, row.snapshot_confirmed],
    ] as const;
    for (const [name, column, snapshot] of amounts) {
      const stored = column === null ? null : Number(column);
      if (stored !== (snapshot ?? null)) broken(`${name} amount ${stored ?? 'null'} in the column, ${snapshot ?? 'null'} in the snapshot`);
    }
  }
}
