import { tokyoDateOf, tokyoEndOfDay } from '#libs/calendar';
import { TEST_PASSWORD } from '../libs/testing/src/tenant.factory.js';
import { PROOF_PROGRAM } from './proof-seed.js';
import type { ProofStack } from './proof-stack.js';

/** A reminder due today is not sent once today has ended; the peak needs time to go out. */
const LAST_CALL_MS = 20 * 60_000;

/**
 * The cases a reminder peak hangs on: one consultation per organization, opened over HTTP
 * before the load and left alone by it, so their deadlines stay pending (a deadline on a
 * case the load then closed would rightly count as left behind).
 */
export async function openPeakCases(stack: ProofStack): Promise<string[]> {
  const caseIds: string[] = [];
  for (const { seeded, organizations } of stack.tenants) {
    for (const organization of organizations) {
      const token = await stack.client.login(seeded.code, organization.applicantEmail, TEST_PASSWORD);
      const answer = await stack.client.send('POST', '/cases', token, { programCode: PROOF_PROGRAM.code, organizationId: organization.id, start: 'consultation' });
      if (answer.status !== 201) throw new Error(`opening a case for the reminder peak: ${answer.status} ${JSON.stringify(answer.body)}`);
      caseIds.push(answer.body.id as string);
    }
  }
  return caseIds;
}

/**
 * A reminder peak, as on a report day: `count` deadlines due today over `caseIds`, each
 * reminded on the day (which goes out at once) to the organization's applicants and the
 * officers, in-app and by e-mail. Written as the event path writes them: the deadline row
 * and its `deadline.scheduled` outbox message in one statement.
 */
export async function scheduleReminderPeak(stack: ProofStack, count: number, caseIds: readonly string[]): Promise<number> {
  const today = tokyoDateOf(new Date());
  if (tokyoEndOfDay(today).getTime() - Date.now() < LAST_CALL_MS) {
    throw new Error('a reminder peak is due today in Asia/Tokyo, and today ends in under 20 minutes there: run again after midnight (Tokyo)');
  }
  const [row] = await stack.query<{ scheduled: string }>(
    `WITH chosen AS (
       SELECT c.id AS case_id, c.tenant_id, n
         FROM grant_case c CROSS JOIN generate_series(1, ceil($1::numeric / cardinality($4::uuid[]))::int) AS n
        WHERE c.id = ANY($4::uuid[])
        ORDER BY n, c.id LIMIT $1
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
    [count, today, tokyoEndOfDay(today), caseIds],
  );
  return Number(row?.scheduled ?? 0);
}
