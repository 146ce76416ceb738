import type pg from 'pg';
import type { SentMail } from './client-ledger.js';
import type { InvariantFindings } from './invariant-findings.js';

/**
 * reminder-sent-once: no address got one reminder's e-mail twice (from what the SMTP sink
 * accepted), and the database holds one delivery per reminder, recipient and channel and one
 * notification per reminder and user. Unique constraints promise the latter; a GROUP BY costs little.
 */
export async function checkRemindersSentOnce(pool: pg.Pool, mails: readonly SentMail[] | undefined, findings: InvariantFindings): Promise<void> {
  const broken = (reminderKey: string, detail: string) => findings.violated('reminder-sent-once', `reminder ${reminderKey}`, detail);
  if (mails !== undefined) {
    findings.looked('reminder-sent-once', mails.length);
    const times = new Map<string, { reminderKey: string; to: string; count: number }>();
    for (const mail of mails) {
      for (const to of new Set(mail.to.map((address) => address.toLowerCase()))) {
        const key = `${mail.reminderKey} ${to}`;
        const seen = times.get(key) ?? { reminderKey: mail.reminderKey, to, count: 0 };
        seen.count += 1;
        times.set(key, seen);
      }
    }
    for (const { reminderKey, to, count } of times.values()) {
      if (count > 1) broken(reminderKey, `e-mailed to ${to} ${count} times`);
    }
  }

  const [counted] = (await pool.query<{ deliveries: number }>(`SELECT count(*)::int AS deliveries FROM delivery`)).rows;
  findings.looked('reminder-sent-once', counted?.deliveries ?? 0);
  const deliveries = await pool.query<{ reminder_key: string; recipient: string; channel: string; count: number }>(
    `SELECT reminder_key, recipient_user_id::text AS recipient, channel, count(*)::int AS count
       FROM delivery GROUP BY reminder_key, recipient_user_id, channel HAVING count(*) > 1`,
  );
  for (const row of deliveries.rows) broken(row.reminder_key, `${row.count} ${row.channel} deliveries to user ${row.recipient}`);
  const notifications = await pool.query<{ reminder_key: string; recipient: string; count: number }>(
    `SELECT reminder_key, user_id::text AS recipient, count(*)::int AS count
       FROM notification GROUP BY reminder_key, user_id HAVING count(*) > 1`,
  );
  for (const row of notifications.rows) broken(row.reminder_key, `${row.count} in-app notifications to user ${row.recipient}`);
}
