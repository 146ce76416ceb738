import { tokyoDateOf, tokyoEndOfDay } from '#libs/calendar';
import type { ProofStack } from './proof-stack.js';

/** A reminder due today is not sent once today has ended; the peak needs time to go out. */
const LAST_CALL_MS = 20 * 60_000;

/**
 * A reminder peak, as on a report day: `count` deadlines due today, each reminded on the day
 * (which goes out at once) to the organization's applicants and the officers, in-app and by
 * e-mail. Written as the event path writes them: the deadline row and its
 * `deadline.scheduled` outbox message in one statement, on cases the load opened.
 */
export async function scheduleReminderPeak(stack: ProofStack, count: number): Promise<number> {
  const today = tokyoDateOf(new Date());
  if (tokyoEndOfDay(today).getTime() - Date.now() < LAST_CALL_MS) {
    throw new Error('a reminder peak is due today in Asia/Tokyo, and today ends in under 20 minutes there: run again after midnight (Tokyo)');
  }
  const [row] = await stack.query<{ scheduled: string }>(
    `WITH chosen AS (
       -- Several deadlines a case when the load opened fewer cases than the peak wants.
       SELECT c.id AS case_id, c.tenant_id, n FROM grant_case c CROSS JOIN generate_series(1, 100) AS n ORDER BY c.created_at, n LIMIT $1
     ), deadlines AS (
       INSERT INTO deadline (tenant_id, case_id, kind, subject, due_on, due_at, remind_roles, escalate_to, reminder_days_before, escalate_after_days)
       -- A subject of its own: a case holds one pending deadline per (kind, subject).
       SELECT tenant_id, case_id, 'reportDue', 'proof-peak-' || n, $2::date, $3::timestamptz, ARRAY['applicant', 'officer'], NULL, ARRAY[0], 3 FROM chosen
       RETURNING id, tenant_id, case_id
     ), scheduled AS (
       INSERT INTO outbox (tenant_id, case_id, topic, payload)
       SELECT tenant_id, case_id, 'deadline.scheduled', jsonb_build_object('deadlineId', id) FROM deadlines
       RETURNING 1
     )
     SELECT count(*) AS scheduled FROM scheduled`,
    [count, today, tokyoEndOfDay(today)],
  );
  return Number(row?.scheduled ?? 0);
}
