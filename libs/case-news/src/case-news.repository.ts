import type { EntityManager } from 'typeorm';
import type { CaseEventType, CaseRole, CaseStateCode, DeadlineKind } from '#libs/lifecycle';
import type { CaseNewsFacts } from './case-news-facts.js';

/** The facts of one accepted event with what the handler needs besides: whose case it is and where. */
export interface CaseNewsSource extends CaseNewsFacts {
  tenantId: string;
  tenantName: string;
  sequence: number;
  actorUserId: string;
  organizationId: string;
  organizationArea: string;
  assignedReviewerIds: string[];
}

interface SourceRow {
  tenant_id: string;
  tenant_name: string;
  case_id: string;
  sequence: number;
  case_number: string | null;
  program_name: string;
  organization_id: string;
  organization_name: string;
  organization_area: string;
  event_type: CaseEventType;
  actor_user_id: string;
  actor_role: CaseRole;
  state_before: CaseStateCode | null;
  state_after: CaseStateCode;
  payload: Record<string, unknown>;
  requested_amount: string | null;
  decided_amount: string | null;
  confirmed_amount: string | null;
  open_deadlines: Array<{ kind: DeadlineKind; subject: string; dueOn: string }>;
  reviewer_ids: string[] | null;
}

const amount = (value: string | null) => (value === null ? null : Number(value));

/**
 * The accepted events named by (case, sequence), read in one statement: each audit entry with
 * its case as it stands now (its amounts and open deadlines are those after the event unless a
 * later one moved them, which the later event's own news then tells).
 */
export async function readCaseNewsSources(manager: EntityManager, events: ReadonlyArray<{ caseId: string; sequence: number }>): Promise<CaseNewsSource[]> {
  if (events.length === 0) return [];
  const rows: SourceRow[] = await manager.query(
    `SELECT a.tenant_id, t.name AS tenant_name, a.case_id, a.sequence, c.case_number, p.definition->>'nameJa' AS program_name,
            c.organization_id, o.name AS organization_name, o.area AS organization_area, a.event_type, a.actor_user_id, a.actor_role,
            a.state_before, a.state_after, a.payload, c.requested_amount, c.decided_amount, c.confirmed_amount,
            COALESCE((SELECT jsonb_agg(jsonb_build_object('kind', d.kind, 'subject', d.subject, 'dueOn', d.due_on::text) ORDER BY d.due_on)
                        FROM deadline d WHERE d.case_id = c.id AND d.status = 'pending'), '[]') AS open_deadlines,
            ARRAY(SELECT r->>'reviewerId' FROM jsonb_array_elements(COALESCE(c.snapshot->'context'->'reviewers', '[]')) r) AS reviewer_ids
       FROM jsonb_to_recordset($1::jsonb) AS wanted("caseId" uuid, sequence integer)
       JOIN audit_entry a ON a.case_id = wanted."caseId" AND a.sequence = wanted.sequence
       JOIN tenant t ON t.id = a.tenant_id
       JOIN grant_case c ON c.tenant_id = a.tenant_id AND c.id = a.case_id
       JOIN organization o ON o.id = c.organization_id
       JOIN program_version p ON p.id = c.program_version_id
      ORDER BY a.id`,
    [JSON.stringify(events)],
  );
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    tenantName: row.tenant_name,
    caseId: row.case_id,
    sequence: row.sequence,
    caseNumber: row.case_number,
    programName: row.program_name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    organizationArea: row.organization_area,
    eventType: row.event_type,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    stateBefore: row.state_before ?? 'new',
    stateAfter: row.state_after,
    payload: row.payload,
    requestedAmount: amount(row.requested_amount),
    decidedAmount: amount(row.decided_amount),
    confirmedAmount: amount(row.confirmed_amount),
    openDeadlines: row.open_deadlines,
    assignedReviewerIds: row.reviewer_ids ?? [],
  }));
}

/** A piece of news for one person: its notification in the app, and its e-mail left pending for the mail sender. */
export interface CaseNewsDelivery {
  tenantId: string;
  caseId: string;
  /** `news:{caseId}:{sequence}`: the same event never tells the same person twice. */
  key: string;
  userId: string;
  subject: string;
  body: string;
}

/**
 * Writes every notification and its delivery rows (in-app: sent; e-mail, unless the person takes
 * news in the app only: pending, or held for their digest at `digestAt`, pointing at the
 * notification it sends) in one statement for the whole batch. What reached a person already
 * (the batch handled again after a crash) is left as it is.
 */
export async function insertCaseNewsDeliveries(manager: EntityManager, deliveries: readonly CaseNewsDelivery[], digestAt: Date): Promise<number> {
  if (deliveries.length === 0) return 0;
  const [row]: Array<{ written: number }> = await manager.query(
    `WITH wanted AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS d("tenantId" uuid, "caseId" uuid, key text, "userId" uuid, subject text, body text)
     ), notified AS (
       INSERT INTO notification (tenant_id, user_id, case_id, reminder_key, kind, subject, body)
       SELECT "tenantId", "userId", "caseId", key, 'caseNews', subject, body FROM wanted
       ON CONFLICT (reminder_key, user_id) DO NOTHING
       RETURNING id, tenant_id, user_id, reminder_key
     ), in_app AS (
       INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status, sent_at, notification_id)
       SELECT tenant_id, reminder_key, user_id, 'in_app', 'sent', now(), id FROM notified
       ON CONFLICT (reminder_key, recipient_user_id, channel) DO NOTHING
     ), email AS (
       -- As each person chose (notification_setting): no e-mail for a kind they take in the app only;
       -- held for their daily digest at $2; else pending for the mail sender.
       INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status, notification_id, not_before)
       SELECT n.tenant_id, n.reminder_key, n.user_id, 'email', CASE WHEN s.daily_digest THEN 'held' ELSE 'pending' END, n.id,
              CASE WHEN s.daily_digest THEN $2::timestamptz END
         FROM notified n LEFT JOIN notification_setting s ON s.user_id = n.user_id
        WHERE NOT ('caseNews' = ANY(COALESCE(s.email_off, '{}')))
       ON CONFLICT (reminder_key, recipient_user_id, channel) DO NOTHING
     )
     SELECT count(*)::int AS written FROM notified`,
    [JSON.stringify(deliveries), digestAt],
  );
  return row?.written ?? 0;
}
