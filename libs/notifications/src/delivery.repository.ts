import type { EntityManager } from 'typeorm';
import type { ReminderKind } from '#libs/reminders';

/** An in-app notification: about a deadline of a case (a reminder, an escalation), or about no one case (the fiscal-year close report). */
export type InAppDelivery = {
  tenantId: string;
  /** The delivery key: a reminder's job id, or `fiscalYearCloseReportKey`. */
  reminderKey: string;
  userId: string;
  subject: string;
  body: string;
} & ({ kind: ReminderKind; caseId: string; deadlineId: string } | { kind: 'fiscalYearClose'; caseId: null; deadlineId: null });

/**
 * Records an in-app notification and its delivery in one statement pair of the caller's
 * transaction. False when this key already reached this user: nothing is written.
 */
export async function insertInAppDelivery(manager: EntityManager, delivery: InAppDelivery): Promise<boolean> {
  const claimed: Array<{ id: string }> = await manager.query(
    `INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status, sent_at)
     VALUES ($1, $2, $3, 'in_app', 'sent', now())
     ON CONFLICT (reminder_key, recipient_user_id, channel) DO NOTHING
     RETURNING id`,
    [delivery.tenantId, delivery.reminderKey, delivery.userId],
  );
  if (claimed.length === 0) return false;
  await manager.query(
    `INSERT INTO notification (tenant_id, user_id, case_id, deadline_id, reminder_key, kind, subject, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [delivery.tenantId, delivery.userId, delivery.caseId, delivery.deadlineId, delivery.reminderKey, delivery.kind, delivery.subject, delivery.body],
  );
  return true;
}

/**
 * Claims the e-mail of a reminder to a user: a new row, or one whose earlier attempt failed,
 * now 'sending'. Null when it is sent or already on its way (another attempt, or one a crash
 * interrupted): that e-mail is never sent again. Commit before sending.
 */
export async function claimEmailDelivery(
  manager: EntityManager,
  claim: { tenantId: string; reminderKey: string; userId: string },
): Promise<string | null> {
  const [row]: Array<{ id: string }> = await manager.query(
    `INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status)
     VALUES ($1, $2, $3, 'email', 'sending')
     ON CONFLICT (reminder_key, recipient_user_id, channel)
       DO UPDATE SET status = 'sending', attempts = delivery.attempts + 1, error = NULL
       WHERE delivery.status = 'failed'
     RETURNING id`,
    [claim.tenantId, claim.reminderKey, claim.userId],
  );
  return row?.id ?? null;
}

export async function markDeliverySent(manager: EntityManager, deliveryId: string): Promise<void> {
  await manager.query(`UPDATE delivery SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1`, [deliveryId]);
}

export async function markDeliveryFailed(manager: EntityManager, deliveryId: string, error: string): Promise<void> {
  await manager.query(`UPDATE delivery SET status = 'failed', error = $2 WHERE id = $1`, [deliveryId, error.slice(0, 2000)]);
}

/**
 * E-mail deliveries claimed more than `olderThanSeconds` ago and still 'sending': their worker
 * stopped between the claim and the mail server's answer, so whether they left is unknown.
 * (A retry of a failed delivery keeps its first claim's `created_at`; one being retried this
 * very moment may count once.)
 */
export async function countEmailsInDoubt(manager: EntityManager, olderThanSeconds: number): Promise<number> {
  const [row]: Array<{ count: number }> = await manager.query(
    `SELECT count(*)::int AS count FROM delivery
      WHERE channel = 'email' AND status = 'sending' AND created_at < now() - make_interval(secs => $1)`,
    [olderThanSeconds],
  );
  return row?.count ?? 0;
}

/** The keys among `keys` that have a delivery of any status: those reminders went out, or are going. */
export async function deliveredReminderKeys(manager: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows: Array<{ reminder_key: string }> = await manager.query(
    `SELECT DISTINCT reminder_key FROM delivery WHERE reminder_key = ANY($1::text[])`,
    [keys],
  );
  return new Set(rows.map((row) => row.reminder_key));
}
