import type { EntityManager } from 'typeorm';
import { DEFAULT_NOTIFICATION_SETTINGS, MESSAGE_KINDS, type MessageKind, type NotificationSettings } from './notification-settings.js';
import type { NotificationOwner } from './notification.repository.js';

interface SettingRow {
  email_off: MessageKind[];
  daily_digest: boolean;
  version: number;
}

const toSettings = (row: SettingRow): NotificationSettings => ({
  email: Object.fromEntries(MESSAGE_KINDS.map((kind) => [kind, !row.email_off.includes(kind)])) as Record<MessageKind, boolean>,
  dailyDigest: row.daily_digest,
  version: row.version,
});

/** The owner's settings, or the defaults when they never saved any. */
export async function readNotificationSettings(manager: EntityManager, owner: NotificationOwner): Promise<NotificationSettings> {
  const [row]: SettingRow[] = await manager.query(`SELECT email_off, daily_digest, version FROM notification_setting WHERE user_id = $1 AND tenant_id = $2`, [
    owner.userId,
    owner.tenantId,
  ]);
  return row ? toSettings(row) : DEFAULT_NOTIFICATION_SETTINGS;
}

/**
 * Saves the owner's settings if `version` is still theirs (0: never saved); null when another
 * change came first, which the caller refuses as stale.
 */
export async function saveNotificationSettings(
  manager: EntityManager,
  owner: NotificationOwner,
  settings: Omit<NotificationSettings, 'version'>,
  version: number,
): Promise<NotificationSettings | null> {
  const emailOff = MESSAGE_KINDS.filter((kind) => !settings.email[kind]);
  const values = [owner.userId, owner.tenantId, emailOff, settings.dailyDigest];
  // The first save inserts; a later one updates the version read. Either finds nothing when another device saved first.
  const [rows]: [SettingRow[], number] | [SettingRow[]] =
    version === 0
      ? [
          await manager.query(
            `INSERT INTO notification_setting (user_id, tenant_id, email_off, daily_digest) VALUES ($1, $2, $3::text[], $4)
             ON CONFLICT (user_id) DO NOTHING RETURNING email_off, daily_digest, version`,
            values,
          ),
        ]
      : await manager.query(
          `UPDATE notification_setting SET email_off = $3::text[], daily_digest = $4, version = version + 1, updated_at = now()
            WHERE user_id = $1 AND tenant_id = $2 AND version = $5
           RETURNING email_off, daily_digest, version`,
          [...values, version],
        );
  return rows[0] ? toSettings(rows[0]) : null;
}
