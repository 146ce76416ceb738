import type { EntityManager } from 'typeorm';

export interface ReportNotification {
  tenantId: string;
  /** `fiscalYearCloseReportKey`: the municipality, fiscal year and report day. */
  reportKey: string;
  userId: string;
  subject: string;
  body: string;
}

/**
 * Records the in-app report and its delivery in the caller's transaction, as a reminder's are.
 * False when this report already reached this user: nothing is written.
 */
export async function insertReportNotification(manager: EntityManager, notification: ReportNotification): Promise<boolean> {
  const claimed: Array<{ id: string }> = await manager.query(
    `INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status, sent_at)
     VALUES ($1, $2, $3, 'in_app', 'sent', now())
     ON CONFLICT (reminder_key, recipient_user_id, channel) DO NOTHING
     RETURNING id`,
    [notification.tenantId, notification.reportKey, notification.userId],
  );
  if (claimed.length === 0) return false;
  await manager.query(
    `INSERT INTO notification (tenant_id, user_id, reminder_key, kind, subject, body) VALUES ($1, $2, $3, 'fiscalYearClose', $4, $5)`,
    [notification.tenantId, notification.userId, notification.reportKey, notification.subject, notification.body],
  );
  return true;
}
