import type { EntityManager } from 'typeorm';
import { type KeysetPosition, keysetInstantSql } from '#libs/persistence';
import type { NotificationView } from './notification.view.js';

interface NotificationRow {
  id: string;
  kind: NotificationView['kind'];
  case_id: string | null;
  deadline_id: string | null;
  subject: string;
  body: string;
  created_at: Date;
  read_at: Date | null;
}

/** Where a page starts: after this notification, newest first. */
export type NotificationCursor = KeysetPosition;

/** Whose notifications: a user of a tenant, and nobody else's are ever read or changed. */
export interface NotificationOwner {
  userId: string;
  tenantId: string;
}

const COLUMNS = 'id, kind, case_id, deadline_id, subject, body, created_at, read_at';

export const toNotificationView = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  caseId: row.case_id,
  deadlineId: row.deadline_id,
  subject: row.subject,
  body: row.body,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

export async function listNotifications(
  manager: EntityManager,
  owner: NotificationOwner,
  page: { unread: boolean; limit: number; after: NotificationCursor | null },
): Promise<Array<NotificationView & { cursor: NotificationCursor }>> {
  const conditions = ['user_id = $1', 'tenant_id = $2'];
  const values: unknown[] = [owner.userId, owner.tenantId];
  if (page.unread) conditions.push('read_at IS NULL');
  if (page.after) {
    values.push(page.after.createdAt, page.after.id);
    conditions.push(`(created_at, id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
  }
  values.push(page.limit);
  const rows: Array<NotificationRow & { cursor_at: string }> = await manager.query(
    `SELECT ${COLUMNS}, ${keysetInstantSql('created_at')} AS cursor_at FROM notification WHERE ${conditions.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${values.length}`,
    values,
  );
  return rows.map((row) => ({ ...toNotificationView(row), cursor: { createdAt: row.cursor_at, id: row.id } }));
}

/** Marks the owner's notification read (the first reading counts); null when it is not theirs or not there. */
export async function markNotificationRead(manager: EntityManager, owner: NotificationOwner, id: string): Promise<NotificationView | null> {
  const [rows]: [NotificationRow[], number] = await manager.query(
    `UPDATE notification SET read_at = COALESCE(read_at, now())
      WHERE id = $1 AND user_id = $2 AND tenant_id = $3
      RETURNING ${COLUMNS}`,
    [id, owner.userId, owner.tenantId],
  );
  const [row] = rows;
  return row ? toNotificationView(row) : null;
}
