import type { EntityManager } from 'typeorm';

/** An e-mail written as pending (news of a case), claimed for sending: its notification's text and the address now on record. */
export interface ClaimedEmail {
  deliveryId: string;
  key: string;
  userId: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Claims up to `limit` pending e-mails whose time has come, oldest first, as 'sending' (commit
 * before sending: a crash from then on leaves them 'sending' and they are never sent again, as
 * with reminders). Rows another worker holds are skipped.
 */
export async function claimPendingEmails(manager: EntityManager, limit: number): Promise<ClaimedEmail[]> {
  const [rows]: [Array<{ id: string; reminder_key: string; recipient_user_id: string; email: string; subject: string; body: string; attempts: number }>, number] =
    await manager.query(
      `WITH due AS (
         SELECT id FROM delivery
          WHERE status = 'pending' AND channel = 'email' AND (not_before IS NULL OR not_before <= now())
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       )
       UPDATE delivery d SET status = 'sending'
         FROM due, notification n, app_user u
        WHERE d.id = due.id AND n.id = d.notification_id AND u.id = d.recipient_user_id
       RETURNING d.id, d.reminder_key, d.recipient_user_id, u.email, n.subject, n.body, d.attempts`,
      [limit],
    );
  return rows.map((row) => ({
    deliveryId: row.id,
    key: row.reminder_key,
    userId: row.recipient_user_id,
    to: row.email,
    subject: row.subject,
    body: row.body,
    attempts: row.attempts,
  }));
}

export async function markEmailsSent(manager: EntityManager, deliveryIds: readonly string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  await manager.query(`UPDATE delivery SET status = 'sent', sent_at = now(), error = NULL WHERE id = ANY($1::bigint[])`, [deliveryIds]);
}

/** A refused e-mail waits `retryAfterSeconds × attempts` and is tried again, up to `maxAttempts`; then it stays failed for an operator to see. */
export async function markEmailRefused(
  manager: EntityManager,
  deliveryId: string,
  error: string,
  retry: { maxAttempts: number; retryAfterSeconds: number },
): Promise<void> {
  await manager.query(
    `UPDATE delivery
        SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
            attempts = CASE WHEN attempts >= $3 THEN attempts ELSE attempts + 1 END,
            not_before = now() + make_interval(secs => $4 * attempts),
            error = $2
      WHERE id = $1`,
    [deliveryId, error.slice(0, 2000), retry.maxAttempts, retry.retryAfterSeconds],
  );
}
