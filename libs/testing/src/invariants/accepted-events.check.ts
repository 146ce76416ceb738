import type pg from 'pg';
import { ATTACH_DOCUMENT } from './case-trail.check.js';
import type { AcceptedEvent, ClientLedger } from './client-ledger.js';
import { inChunks } from './in-chunks.js';
import type { InvariantFindings } from './invariant-findings.js';

const CHUNK = 2000;

interface ClaimRow {
  case_id: string;
  version_after: number;
  type: string;
  case_version: number | null;
  audited_type: string | null;
  audited_sequence: number | null;
}

/**
 * accepted-event-audited-once: every case a client was told it opened exists, and every event a
 * client was told was accepted is the audit entry of the version it was answered with. The case's
 * entries that raise its version (all but ATTACH_DOCUMENT), in sequence order, are versions 2, 3, …
 * so the entry of version v is the (v − 1)-th of them. Answers replayed for an Idempotency-Key
 * repeat the first one and count once; two different events answered with one version cannot
 * both have their entry. The opening entry itself is case-whole's to check.
 */
export async function checkAcceptedEvents(pool: pg.Pool, ledger: ClientLedger, findings: InvariantFindings): Promise<void> {
  for (const opened of inChunks(ledger.opened, CHUNK)) {
    const { rows } = await pool.query<{ id: string }>(`SELECT id::text AS id FROM grant_case WHERE id = ANY($1::uuid[])`, [opened]);
    const found = new Set(rows.map((row) => row.id));
    for (const caseId of new Set(opened)) {
      if (!found.has(caseId)) findings.violated('accepted-event-audited-once', `case ${caseId}`, 'opened (201), but the case does not exist');
    }
  }
  findings.looked('accepted-event-audited-once', new Set(ledger.opened).size);

  const claims = distinctClaims(ledger.events, findings);
  findings.looked('accepted-event-audited-once', claims.length);
  for (const chunk of inChunks(claims, CHUNK)) {
    const { rows } = await pool.query<ClaimRow>(
      `SELECT claim.case_id::text AS case_id, claim.version_after, claim.type, c.version AS case_version,
              entry.event_type AS audited_type, entry.sequence AS audited_sequence
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS claim (case_id, version_after, type)
         LEFT JOIN grant_case c ON c.id = claim.case_id
         LEFT JOIN LATERAL (
           SELECT a.event_type, a.sequence FROM audit_entry a
            WHERE a.case_id = claim.case_id AND a.event_type <> $4
            ORDER BY a.sequence
           OFFSET greatest(claim.version_after - 2, 0) LIMIT 1
         ) entry ON claim.version_after >= 2`,
      [chunk.map((claim) => claim.caseId), chunk.map((claim) => claim.versionAfter), chunk.map((claim) => claim.type), ATTACH_DOCUMENT],
    );
    for (const row of rows) {
      const answered = `${row.type} answered with version ${row.version_after}`;
      const broken = (detail: string) => findings.violated('accepted-event-audited-once', `case ${row.case_id}`, detail);
      if (row.case_version === null) broken(`${answered}, but the case does not exist`);
      else if (row.audited_type === null) broken(`${answered}, but the trail has no entry for that version (the case is at version ${row.case_version})`);
      else if (row.audited_type !== row.type) broken(`${answered}, but the entry of that version (sequence ${row.audited_sequence}) is ${row.audited_type}`);
    }
  }
}

/** One claim per case and version; a version answered for two different events is a violation by itself. */
function distinctClaims(events: readonly AcceptedEvent[], findings: InvariantFindings): AcceptedEvent[] {
  const byVersion = new Map<string, AcceptedEvent[]>();
  for (const event of events) {
    const key = `${event.caseId} ${event.versionAfter}`;
    const claimed = byVersion.get(key) ?? [];
    if (!claimed.some((other) => other.type === event.type)) claimed.push(event);
    byVersion.set(key, claimed);
  }
  const claims: AcceptedEvent[] = [];
  for (const claimed of byVersion.values()) {
    const [first] = claimed as [AcceptedEvent, ...AcceptedEvent[]];
    if (claimed.length > 1) {
      const types = claimed.map((event) => event.type).join(', ');
      findings.violated('accepted-event-audited-once', `case ${first.caseId}`, `${types} were all answered with version ${first.versionAfter}`);
    }
    claims.push(...claimed);
  }
  return claims;
}
