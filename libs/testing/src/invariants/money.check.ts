import type pg from 'pg';
import type { InvariantFindings } from './invariant-findings.js';

interface CaseMoneyRow {
  case_id: string;
  state: string;
  confirmed_amount: string | null;
  greatest_decided: string | null;
  snapshot_payments: Array<{ amount: number }> | null;
  snapshot_refunds: Array<{ amount: number }> | null;
  refund_claim: { principal: number; dueOn: string; withAddition: boolean } | null;
  paid: string;
  refunded: string;
  payments: number;
  refunds: number;
  last_refund_on: string | null;
}

interface MovementRow {
  case_id: string;
  kind: 'payment' | 'refund';
  amount: string;
  moved_on: string;
  audit_sequence: number;
  event_type: string | null;
  audited_amount: unknown;
  audited_on: string | null;
  recorded_on: string;
}

const RECORDED_BY: Record<MovementRow['kind'], string> = { payment: 'RECORD_PAYMENT', refund: 'RECORD_REFUND' };

/**
 * money-agrees, for every case of the batch. The money_movement rows say what the snapshot says
 * (payments and refunds, count and total), and each is the row of its own RECORD_PAYMENT or
 * RECORD_REFUND entry, of that amount, on the day the entry says the money moved (paidOn,
 * refundedOn), never after the entry's own Tokyo date; every such entry has its row.
 * No more is paid than the grant ever decided (a change may lower a decision after an advance,
 * so the greatest decision in the trail counts). Then, as the lifecycle ends a case:
 * - closed (完了, after 額の確定): what stays paid is the confirmed amount. A refund claim takes
 *   back the overpaid principal; more than it only as 延滞金, so only after the refund's due date.
 * - revoked (取消): nothing is confirmed and the whole principal came back, 加算金 on top of it.
 */
export async function checkMoney(pool: pg.Pool, caseIds: readonly string[], findings: InvariantFindings): Promise<void> {
  findings.looked('money-agrees', caseIds.length);
  const broken = (caseId: string, detail: string) => findings.violated('money-agrees', `case ${caseId}`, detail);

  const cases = await pool.query<CaseMoneyRow>(
    `SELECT c.id::text AS case_id, c.state, c.confirmed_amount,
            greatest(c.decided_amount, decisions.greatest_decided) AS greatest_decided,
            c.snapshot->'context'->'payments' AS snapshot_payments,
            c.snapshot->'context'->'refunds' AS snapshot_refunds,
            c.snapshot->'context'->'refundClaim' AS refund_claim,
            money.paid, money.refunded, money.payments, money.refunds, money.last_refund_on
       FROM grant_case c
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(m.amount) FILTER (WHERE m.kind = 'payment'), 0) AS paid,
               coalesce(sum(m.amount) FILTER (WHERE m.kind = 'refund'), 0) AS refunded,
               count(*) FILTER (WHERE m.kind = 'payment')::int AS payments,
               count(*) FILTER (WHERE m.kind = 'refund')::int AS refunds,
               (max(m.moved_on) FILTER (WHERE m.kind = 'refund'))::text AS last_refund_on
          FROM money_movement m WHERE m.case_id = c.id
      ) money
      CROSS JOIN LATERAL (
        SELECT max((a.payload->>'amount')::bigint) AS greatest_decided
          FROM audit_entry a WHERE a.case_id = c.id AND a.event_type IN ('DECIDE_GRANT', 'APPROVE_CHANGE')
      ) decisions
      WHERE c.id = ANY($1::uuid[])`,
    [caseIds],
  );
  for (const row of cases.rows) {
    for (const problem of caseMoneyProblems(row)) broken(row.case_id, problem);
  }

  const movements = await pool.query<MovementRow>(
    `SELECT m.case_id::text AS case_id, m.kind, m.amount, m.moved_on::text AS moved_on, m.audit_sequence,
            a.event_type, a.payload->'amount' AS audited_amount, coalesce(a.payload->>'paidOn', a.payload->>'refundedOn') AS audited_on,
            (a.occurred_at AT TIME ZONE 'Asia/Tokyo')::date::text AS recorded_on
       FROM money_movement m
       LEFT JOIN audit_entry a ON a.case_id = m.case_id AND a.sequence = m.audit_sequence
      WHERE m.case_id = ANY($1::uuid[])`,
    [caseIds],
  );
  for (const row of movements.rows) {
    const movement = `${row.kind} of ${row.amount} yen (audit sequence ${row.audit_sequence})`;
    if (row.event_type === null) broken(row.case_id, `${movement} names an audit entry the case does not have`);
    else if (row.event_type !== RECORDED_BY[row.kind]) broken(row.case_id, `${movement} names a ${row.event_type} entry, not ${RECORDED_BY[row.kind]}`);
    else if (row.audited_amount !== Number(row.amount)) broken(row.case_id, `${movement}, but its entry records ${String(row.audited_amount)} yen`);
    else if (row.audited_on !== row.moved_on) broken(row.case_id, `${movement} moved on ${row.moved_on}, but its entry says ${String(row.audited_on)}`);
    else if (row.moved_on > row.recorded_on) broken(row.case_id, `${movement} moved on ${row.moved_on}, after its entry of ${row.recorded_on}`);
  }

  const unrecorded = await pool.query<{ case_id: string; sequence: number; event_type: string }>(
    `SELECT a.case_id::text AS case_id, a.sequence, a.event_type
       FROM audit_entry a
      WHERE a.case_id = ANY($1::uuid[]) AND a.event_type IN ('RECORD_PAYMENT', 'RECORD_REFUND')
        AND NOT EXISTS (SELECT 1 FROM money_movement m WHERE m.case_id = a.case_id AND m.audit_sequence = a.sequence)`,
    [caseIds],
  );
  for (const row of unrecorded.rows) broken(row.case_id, `${row.event_type} (sequence ${row.sequence}) has no money_movement row`);
}

function caseMoneyProblems(row: CaseMoneyRow): string[] {
  const problems: string[] = [];
  const paid = Number(row.paid);
  const refunded = Number(row.refunded);
  const snapshotPayments = row.snapshot_payments ?? [];
  const snapshotRefunds = row.snapshot_refunds ?? [];
  const total = (movements: Array<{ amount: number }>) => movements.reduce((sum, movement) => sum + movement.amount, 0);
  if (row.payments !== snapshotPayments.length || paid !== total(snapshotPayments)) {
    problems.push(`money_movement has ${row.payments} payments of ${paid} yen, the snapshot ${snapshotPayments.length} of ${total(snapshotPayments)} yen`);
  }
  if (row.refunds !== snapshotRefunds.length || refunded !== total(snapshotRefunds)) {
    problems.push(`money_movement has ${row.refunds} refunds of ${refunded} yen, the snapshot ${snapshotRefunds.length} of ${total(snapshotRefunds)} yen`);
  }
  const decided = row.greatest_decided === null ? 0 : Number(row.greatest_decided);
  if (paid > decided) problems.push(`${paid} yen paid, more than the ${decided} yen ever decided`);
  const claim = row.refund_claim;
  if (refunded > 0 && claim === null) problems.push(`${refunded} yen refunded without a refund claim`);

  const confirmed = row.confirmed_amount === null ? null : Number(row.confirmed_amount);
  if (row.state === 'closed') {
    if (confirmed === null) problems.push('closed without a confirmed amount');
    else if (refunded === 0 && paid !== confirmed) problems.push(`closed with ${paid} yen paid, not the ${confirmed} yen confirmed`);
    else if (refunded > 0 && claim !== null) {
      if (paid - claim.principal !== confirmed) problems.push(`closed with ${paid} yen paid less a ${claim.principal} yen refund claim, not the ${confirmed} yen confirmed`);
      if (refunded < claim.principal) problems.push(`closed with ${refunded} yen refunded of a ${claim.principal} yen claim`);
      if (refunded > claim.principal && (row.last_refund_on ?? '') <= claim.dueOn) {
        problems.push(`${refunded} yen refunded of a ${claim.principal} yen claim, though no refund was late (due ${claim.dueOn}) to owe 延滞金`);
      }
    }
  }
  if (row.state === 'revoked') {
    if (confirmed !== 0) problems.push(`revoked with ${confirmed ?? 'no'} confirmed amount, not 0`);
    if (refunded < paid) problems.push(`revoked with ${paid} yen paid and only ${refunded} yen refunded`);
    if (paid > 0 && claim?.principal !== paid) problems.push(`revoked with ${paid} yen paid, but the refund claim is for ${claim?.principal ?? 'nothing'}`);
  }
  return problems;
}
