import type pg from 'pg';
import { canSeeCase } from '#libs/cases';
import type { CaseRole } from '#libs/lifecycle';
import { type PlannedReminder, type RecipientCandidate, reminderRecipients, reminderSchedule } from '#libs/reminders';
import type { SentMail } from './client-ledger.js';
import type { InvariantFindings } from './invariant-findings.js';

const PAGE_SIZE = 1000;

/** When reminders are judged, and what counts as delivered. */
export interface ReminderJudgement {
  now: Date;
  /** How long a reminder may still be on its way after its instant (a worker busy, a reconciler yet to run). */
  graceMs: number;
  /** The worker's REMINDER_HOUR. */
  reminderHour: number;
  /** The e-mails the SMTP sink accepted; without them only in-app deliveries are required. */
  mails: readonly SentMail[] | undefined;
}

interface PendingDeadlineRow {
  id: string;
  tenant_id: string;
  subject: string;
  due_on: string;
  due_at: Date;
  remind_roles: CaseRole[];
  escalate_to: CaseRole | null;
  reminder_days_before: number[];
  escalate_after_days: number;
  created_at: Date;
  scheduled_at: Date | null;
  organization_id: string;
  organization_area: string;
  reviewer_ids: string[];
}

type Candidate = RecipientCandidate & { createdAt: Date };

/** A message that should have reached someone by now. */
interface Owed {
  reminder: PlannedReminder;
  due: Date;
  recipient: Candidate;
}

/**
 * reminder-not-lost: every message of a pending deadline whose instant is more than the grace
 * before `now` reached each of its recipients: an in-app delivery sent, and the e-mail sent and
 * accepted by the sink when mails are given. What "owed" means follows the worker: the relay
 * plans the deadline's messages when it publishes the deadline (`reminderSchedule`: a reminder
 * already past then is dropped, except the one on the day, which goes at once); a reminder is
 * only sent while the deadline has not passed, so one whose instant left less than the grace
 * before the due instant is not owed; an escalation is owed once its instant passed. The
 * recipients are chosen as the dispatcher chooses them (`reminderRecipients`, then who may see
 * the case), among users who existed when the deadline was written (both instants the database's
 * own, whatever clock the processes were given). A deadline the relay never published counts as
 * planned when it was written.
 */
export async function checkRemindersNotLost(pool: pg.Pool, judgement: ReminderJudgement, findings: InvariantFindings): Promise<void> {
  const candidatesOf = tenantCandidates(pool);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await pool.query<PendingDeadlineRow>(
      `SELECT d.id::text AS id, d.tenant_id::text AS tenant_id, d.subject, d.due_on::text AS due_on, d.due_at,
              d.remind_roles, d.escalate_to, d.reminder_days_before, d.escalate_after_days, d.created_at,
              (SELECT min(o.published_at) FROM outbox o WHERE o.topic = 'deadline.scheduled' AND o.payload->>'deadlineId' = d.id::text) AS scheduled_at,
              c.organization_id::text AS organization_id, org.area AS organization_area,
              ARRAY(SELECT r->>'reviewerId' FROM jsonb_array_elements(coalesce(c.snapshot->'context'->'reviewers', '[]')) r) AS reviewer_ids
         FROM deadline d
         JOIN grant_case c ON c.id = d.case_id
         JOIN organization org ON org.id = c.organization_id
        WHERE d.status = 'pending' AND d.id > $1::uuid
        ORDER BY d.id
        LIMIT $2`,
      [after, PAGE_SIZE],
    );
    const last = rows.at(-1);
    if (!last) return;
    const owed: Owed[] = [];
    for (const deadline of rows) owed.push(...owedMessages(deadline, judgement, await candidatesOf(deadline.tenant_id)));
    findings.looked('reminder-not-lost', new Set(owed.map(({ reminder }) => reminder.key)).size);
    await checkDelivered(pool, owed, judgement.mails, findings);
    after = last.id;
  }
}

function owedMessages(deadline: PendingDeadlineRow, { now, graceMs, reminderHour }: ReminderJudgement, candidates: readonly Candidate[]): Owed[] {
  const plannedAt = deadline.scheduled_at ?? deadline.created_at;
  const schedule = reminderSchedule(
    {
      id: deadline.id,
      dueOn: deadline.due_on,
      dueAt: deadline.due_at,
      reminderDaysBefore: deadline.reminder_days_before,
      escalateTo: deadline.escalate_to,
      escalateAfterDays: deadline.escalate_after_days,
    },
    { reminderHour },
    plannedAt,
  );
  const owed: Owed[] = [];
  for (const reminder of schedule) {
    const due = new Date(Math.max(reminder.fireAt.getTime(), plannedAt.getTime()));
    if (due.getTime() > now.getTime() - graceMs) continue;
    if (reminder.kind === 'reminder' && due.getTime() + graceMs > deadline.due_at.getTime()) continue;
    const roles = reminder.kind === 'reminder' ? deadline.remind_roles : deadline.escalate_to ? [deadline.escalate_to] : [];
    const audience = { organizationId: deadline.organization_id, organizationArea: deadline.organization_area, subject: deadline.subject };
    const scope = { tenantId: deadline.tenant_id, ...audience, assignedReviewerIds: deadline.reviewer_ids };
    // The candidates it chose, as passed in: each still carries its createdAt.
    for (const recipient of reminderRecipients(roles, candidates, audience) as Candidate[]) {
      const user = { userId: recipient.userId, tenantId: deadline.tenant_id, role: recipient.role, organizationIds: [...recipient.organizationIds], liaisonAreas: [...recipient.liaisonAreas] };
      if (canSeeCase(user, scope) && recipient.createdAt.getTime() <= deadline.created_at.getTime()) owed.push({ reminder, due, recipient });
    }
  }
  return owed;
}

async function checkDelivered(pool: pg.Pool, owed: readonly Owed[], mails: readonly SentMail[] | undefined, findings: InvariantFindings): Promise<void> {
  if (owed.length === 0) return;
  const { rows } = await pool.query<{ reminder_key: string; recipient: string; channel: string; status: string }>(
    `SELECT reminder_key, recipient_user_id::text AS recipient, channel, status FROM delivery WHERE reminder_key = ANY($1::text[])`,
    [[...new Set(owed.map(({ reminder }) => reminder.key))]],
  );
  const statusOf = new Map(rows.map((row) => [`${row.reminder_key} ${row.recipient} ${row.channel}`, row.status]));
  const mailed = new Set((mails ?? []).flatMap((mail) => mail.to.map((to) => `${mail.reminderKey} ${to.toLowerCase()}`)));
  for (const { reminder, due, recipient } of owed) {
    const statusOn = (channel: 'in_app' | 'email') => statusOf.get(`${reminder.key} ${recipient.userId} ${channel}`);
    const atSink = mailed.has(`${reminder.key} ${recipient.email.toLowerCase()}`);
    const missing: string[] = [];
    const inApp = statusOn('in_app');
    if (inApp !== 'sent') missing.push(`in_app ${inApp ?? 'never delivered'}`);
    if (mails !== undefined) {
      const email = statusOn('email');
      if (email === 'sending') {
        findings.inDoubt(`reminder ${reminder.key} to ${recipient.role} ${recipient.userId}: ${atSink ? 'accepted by the sink' : 'not at the sink'}`);
      } else {
        if (email !== 'sent') missing.push(`email ${email ?? 'never delivered'}`);
        if (!atSink) missing.push('no e-mail at the sink');
      }
    }
    if (missing.length > 0) {
      findings.violated('reminder-not-lost', `reminder ${reminder.key}`, `due ${due.toISOString()} to ${recipient.role} ${recipient.userId}: ${missing.join(', ')}`);
    }
  }
}

/** The users of each municipality a message could go to, read once per tenant. */
function tenantCandidates(pool: pg.Pool): (tenantId: string) => Promise<Candidate[]> {
  const read = new Map<string, Promise<Candidate[]>>();
  return (tenantId) => {
    if (!read.has(tenantId)) {
      read.set(
        tenantId,
        pool
          .query<{ id: string; role: CaseRole; display_name: string; email: string; liaison_areas: string[]; organization_ids: string[]; created_at: Date }>(
            `SELECT u.id::text AS id, u.role, u.display_name, u.email, u.liaison_areas, u.created_at,
                    ARRAY(SELECT m.organization_id::text FROM organization_member m WHERE m.user_id = u.id ORDER BY 1) AS organization_ids
               FROM app_user u WHERE u.tenant_id = $1
              ORDER BY u.role, u.display_name, u.id`,
            [tenantId],
          )
          .then(({ rows }) =>
            rows.map((row) => ({
              userId: row.id,
              role: row.role,
              displayName: row.display_name,
              email: row.email,
              organizationIds: row.organization_ids,
              liaisonAreas: row.liaison_areas,
              createdAt: row.created_at,
            })),
          ),
      );
    }
    return read.get(tenantId) as Promise<Candidate[]>;
  };
}
