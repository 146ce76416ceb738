import type pg from 'pg';
import { caseMachine } from '#libs/lifecycle';
import { type NoticeContent, noticeContentDigest, readNoticeContent } from '#libs/notices';
import { ATTACH_DOCUMENT } from './case-trail.check.js';
import type { InvariantFindings } from './invariant-findings.js';

const OPENING_EVENTS = ['OPEN_CONSULTATION', 'START_APPLICATION'];

/**
 * The events that write each ledger's rows (libs/cases `caseLedgerEntryOf`); money_movement is
 * money-agrees' to check. Lines of a change approval come from the context, not its payload, so
 * only the events that carry their lines are counted line for line.
 */
const LEDGER_WRITERS: Record<string, readonly string[]> = {
  expense_line: ['SUBMIT', 'RESUBMIT', 'NOTIFY_MINOR_CHANGE', 'APPROVE_CHANGE', 'SUBMIT_REPORT'],
  consultation_note: ['ADD_NOTE', 'CONCLUDE_CONSULTATION'],
  review: ['SUBMIT_REVIEW', 'DECLARE_CONFLICT'],
};
const EVENTS_CARRYING_LINES = ['SUBMIT', 'RESUBMIT', 'NOTIFY_MINOR_CHANGE', 'SUBMIT_REPORT'];

/** However a case ends, the machine clears its deadlines on entry (libs/lifecycle `caseMachine`). */
const FINAL_STATES = Object.entries(caseMachine.root.states)
  .filter(([, node]) => node.type === 'final')
  .map(([name]) => name);

/**
 * case-whole, for every case of the batch: nothing one event writes in its transaction is there
 * without the rest. The case has its opening entry; every ledger row names an entry of its own
 * case of an event that writes it, and every such entry has its rows; every notice is named, with
 * the digest of its content, by exactly one entry (but one issued before notices kept their content,
 * which no entry names), and every notice an entry names exists; every
 * deadline has the outbox messages of its scheduling (and clearing), and no ended case keeps one
 * pending.
 */
export async function checkCasesWhole(pool: pg.Pool, caseIds: readonly string[], findings: InvariantFindings): Promise<void> {
  findings.looked('case-whole', caseIds.length);
  const broken = (caseId: string, detail: string) => findings.violated('case-whole', `case ${caseId}`, detail);
  await checkOpeningEntries(pool, caseIds, broken);
  await checkLedgerRows(pool, caseIds, broken);
  await checkNotices(pool, caseIds, broken);
  await checkDeadlines(pool, caseIds, broken);
}

type Broken = (caseId: string, detail: string) => void;

async function checkOpeningEntries(pool: pg.Pool, caseIds: readonly string[], broken: Broken): Promise<void> {
  const { rows } = await pool.query<{ case_id: string; event_type: string | null; state_before: string | null }>(
    `SELECT c.id::text AS case_id, a.event_type, a.state_before
       FROM grant_case c LEFT JOIN audit_entry a ON a.case_id = c.id AND a.sequence = 1
      WHERE c.id = ANY($1::uuid[])`,
    [caseIds],
  );
  for (const row of rows) {
    if (row.event_type === null) broken(row.case_id, 'the case has no audit entry of sequence 1');
    else if (!OPENING_EVENTS.includes(row.event_type) || row.state_before !== 'new') {
      broken(row.case_id, `its first audit entry is ${row.event_type} from ${row.state_before ?? 'null'}, not an opening event from new`);
    }
  }
}

async function checkLedgerRows(pool: pg.Pool, caseIds: readonly string[], broken: Broken): Promise<void> {
  const rowsToEntries = await pool.query<{ ledger: string; case_id: string; audit_sequence: number; event_type: string | null }>(
    `SELECT l.ledger, l.case_id::text AS case_id, l.audit_sequence, a.event_type
       FROM (
         SELECT DISTINCT 'expense_line' AS ledger, case_id, audit_sequence FROM expense_line WHERE case_id = ANY($1::uuid[])
         UNION ALL SELECT 'consultation_note', case_id, audit_sequence FROM consultation_note WHERE case_id = ANY($1::uuid[])
         UNION ALL SELECT 'review', case_id, audit_sequence FROM review WHERE case_id = ANY($1::uuid[])
       ) l
       LEFT JOIN audit_entry a ON a.case_id = l.case_id AND a.sequence = l.audit_sequence`,
    [caseIds],
  );
  for (const row of rowsToEntries.rows) {
    if (row.event_type === null) broken(row.case_id, `${row.ledger} rows name audit sequence ${row.audit_sequence}, which the case does not have`);
    else if (!LEDGER_WRITERS[row.ledger]?.includes(row.event_type)) {
      broken(row.case_id, `${row.ledger} rows name audit sequence ${row.audit_sequence}, a ${row.event_type}, which writes none`);
    }
  }

  const entriesToRows = await pool.query<{
    case_id: string;
    sequence: number;
    event_type: string;
    payload_lines: number;
    payload_total: string;
    expense_lines: number;
    expense_total: string;
    has_note: boolean;
    has_review: boolean;
  }>(
    `SELECT a.case_id::text AS case_id, a.sequence, a.event_type,
            lines.count AS payload_lines, lines.total AS payload_total,
            stored.count AS expense_lines, stored.total AS expense_total,
            EXISTS (SELECT 1 FROM consultation_note n WHERE n.case_id = a.case_id AND n.audit_sequence = a.sequence) AS has_note,
            EXISTS (SELECT 1 FROM review r WHERE r.case_id = a.case_id AND r.audit_sequence = a.sequence) AS has_review
       FROM audit_entry a
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS count, coalesce(sum((line->>'amount')::bigint), 0) AS total
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(coalesce(a.payload->'plannedExpenses', a.payload->'actualExpenses')) = 'array'
                                         THEN coalesce(a.payload->'plannedExpenses', a.payload->'actualExpenses') ELSE '[]' END) line
      ) lines
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS count, coalesce(sum(e.amount), 0) AS total
          FROM expense_line e WHERE e.case_id = a.case_id AND e.audit_sequence = a.sequence
      ) stored
      WHERE a.case_id = ANY($1::uuid[]) AND a.event_type = ANY($2::text[])`,
    [caseIds, [...EVENTS_CARRYING_LINES, ...LEDGER_WRITERS.consultation_note!, ...LEDGER_WRITERS.review!]],
  );
  for (const row of entriesToRows.rows) {
    const entry = `${row.event_type} (sequence ${row.sequence})`;
    if (EVENTS_CARRYING_LINES.includes(row.event_type)) {
      if (row.expense_lines !== row.payload_lines || row.expense_total !== row.payload_total) {
        broken(row.case_id, `${entry} carried ${row.payload_lines} expense lines of ${row.payload_total} yen; expense_line holds ${row.expense_lines} of ${row.expense_total} yen`);
      }
    } else if (LEDGER_WRITERS.consultation_note!.includes(row.event_type)) {
      if (!row.has_note) broken(row.case_id, `${entry} has no consultation_note row`);
    } else if (!row.has_review) {
      broken(row.case_id, `${entry} has no review row`);
    }
  }
}

async function checkNotices(pool: pg.Pool, caseIds: readonly string[], broken: Broken): Promise<void> {
  const notices = await pool.query<{ case_id: string; kind: string; notice_number: string; content: NoticeContent; naming: Array<{ sequence: number; contentSha256: string | null }> }>(
    `SELECT n.case_id::text AS case_id, n.kind, n.notice_number, n.content,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('sequence', a.sequence, 'contentSha256', issued->>'contentSha256')), '[]')
               FROM audit_entry a CROSS JOIN jsonb_array_elements(a.payload->'issuedNotices') issued
              WHERE a.case_id = n.case_id AND issued->>'kind' = n.kind AND issued->>'noticeNumber' = n.notice_number) AS naming
       FROM notice n
      WHERE n.case_id = ANY($1::uuid[])`,
    [caseIds],
  );
  for (const notice of notices.rows) {
    const which = `notice ${notice.kind} ${notice.notice_number}`;
    // Notices issued before they kept their content were not named by their entries either.
    if (notice.naming.length === 0 && readNoticeContent(notice.content) === null) continue;
    if (notice.naming.length !== 1) {
      broken(notice.case_id, `${which} is named by ${notice.naming.length} audit entries, not one`);
      continue;
    }
    const [naming] = notice.naming as [{ sequence: number; contentSha256: string | null }];
    if (naming.contentSha256 !== noticeContentDigest(notice.content)) {
      broken(notice.case_id, `${which} no longer has the content its audit entry (sequence ${naming.sequence}) records`);
    }
  }

  const unwritten = await pool.query<{ case_id: string; sequence: number; kind: string; notice_number: string }>(
    `SELECT a.case_id::text AS case_id, a.sequence, issued->>'kind' AS kind, issued->>'noticeNumber' AS notice_number
       FROM audit_entry a CROSS JOIN jsonb_array_elements(a.payload->'issuedNotices') issued
      WHERE a.case_id = ANY($1::uuid[])
        AND NOT EXISTS (
          SELECT 1 FROM notice n WHERE n.case_id = a.case_id AND n.kind = issued->>'kind' AND n.notice_number = issued->>'noticeNumber'
        )`,
    [caseIds],
  );
  for (const row of unwritten.rows) broken(row.case_id, `audit entry ${row.sequence} issued notice ${row.kind} ${row.notice_number}, which does not exist`);
}

async function checkDeadlines(pool: pg.Pool, caseIds: readonly string[], broken: Broken): Promise<void> {
  const { rows } = await pool.query<{ deadline_id: string; case_id: string; kind: string; status: string; state: string; scheduled: boolean; cleared: boolean }>(
    `WITH announced AS (
       SELECT o.topic, o.payload->>'deadlineId' AS deadline_id
         FROM outbox o
        WHERE o.case_id = ANY($1::uuid[]) AND o.topic IN ('deadline.scheduled', 'deadline.cleared')
     )
     SELECT d.id::text AS deadline_id, d.case_id::text AS case_id, d.kind, d.status, c.state,
            EXISTS (SELECT 1 FROM announced WHERE topic = 'deadline.scheduled' AND deadline_id = d.id::text) AS scheduled,
            EXISTS (SELECT 1 FROM announced WHERE topic = 'deadline.cleared' AND deadline_id = d.id::text) AS cleared
       FROM deadline d JOIN grant_case c ON c.id = d.case_id
      WHERE d.case_id = ANY($1::uuid[])`,
    [caseIds],
  );
  for (const row of rows) {
    const which = `deadline ${row.kind} ${row.deadline_id}`;
    if (!row.scheduled) broken(row.case_id, `${which} has no deadline.scheduled outbox message: the worker never hears of it`);
    if (row.status === 'cleared' && !row.cleared) broken(row.case_id, `${which} was cleared without a deadline.cleared outbox message`);
    if (row.status === 'pending' && FINAL_STATES.includes(row.state)) broken(row.case_id, `${which} is still pending on a case that ended ${row.state}`);
  }
}

interface IdempotencyRow {
  user_id: string;
  key: string;
  case_id: string;
  answered_version: number;
  answered_state: string | null;
  case_version: number | null;
  state_at_version: string | null;
}

/**
 * case-whole, over every stored answer of an Idempotency-Key (a case as POST /cases or an event
 * answered it): the case exists, reached that version, and was then in the state the answer
 * shows. A replayed answer of a transaction that did not commit whole would fail here.
 */
export async function checkIdempotentAnswers(pool: pg.Pool, findings: InvariantFindings): Promise<void> {
  const [counted] = (await pool.query<{ answers: number }>(`SELECT count(*)::int AS answers FROM idempotency_key WHERE jsonb_typeof(response_body->'version') = 'number'`)).rows;
  findings.looked('case-whole', counted?.answers ?? 0);
  const { rows } = await pool.query<IdempotencyRow>(
    `SELECT k.user_id::text AS user_id, k.key, k.response_body->>'id' AS case_id,
            (k.response_body->>'version')::int AS answered_version, k.response_body->'state'->>'code' AS answered_state,
            c.version AS case_version, entry.state_after AS state_at_version
       FROM idempotency_key k
       LEFT JOIN grant_case c ON c.id::text = k.response_body->>'id'
       LEFT JOIN LATERAL (
         SELECT a.state_after FROM audit_entry a
          WHERE a.case_id = c.id AND a.event_type <> $1
          ORDER BY a.sequence
         OFFSET greatest((k.response_body->>'version')::int - 2, 0) LIMIT 1
       ) entry ON true
      WHERE jsonb_typeof(k.response_body->'version') = 'number'
        AND (c.id IS NULL OR (k.response_body->>'version')::int > c.version OR entry.state_after IS DISTINCT FROM k.response_body->'state'->>'code')`,
    [ATTACH_DOCUMENT],
  );
  for (const row of rows) {
    const answer = `Idempotency-Key ${row.key} of user ${row.user_id} keeps an answer at version ${row.answered_version}`;
    const detail =
      row.case_version === null
        ? `${answer}, but the case does not exist`
        : row.answered_version > row.case_version
          ? `${answer}, a version the case never reached (it is at ${row.case_version})`
          : `${answer} in state ${row.answered_state ?? 'null'}, but the trail left it ${row.state_at_version ?? '(no entry)'} at that version`;
    findings.violated('case-whole', `case ${row.case_id}`, detail);
  }
}
