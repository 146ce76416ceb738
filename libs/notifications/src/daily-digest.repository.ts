import type { EntityManager } from 'typeorm';

/** The held e-mails of one person whose digest is due, claimed together. */
export interface DueDigest {
  userId: string;
  email: string;
  displayName: string;
  tenantName: string;
  deliveryIds: string[];
  items: Array<{ subject: string; body: string }>;
}

interface ClaimedRow {
  id: string;
  recipient_user_id: string;
  email: string;
  display_name: string;
  tenant_name: string;
  subject: string;
  body: string;
}

/**
 * Claims, for up to `people` persons, every held e-mail whose digest instant (`not_before`, set
 * when it was written) has come by `now`, as 'sending' (commit before sending, as every e-mail).
 */
export async function claimDueDigests(manager: EntityManager, now: Date, people: number): Promise<DueDigest[]> {
  const [rows]: [ClaimedRow[], number] = await manager.query(
    `WITH due_people AS (
       SELECT DISTINCT recipient_user_id FROM delivery WHERE status = 'held' AND not_before <= $1 LIMIT $2
     ), due AS (
       SELECT d.id FROM delivery d JOIN due_people p USING (recipient_user_id)
        WHERE d.status = 'held' AND d.not_before <= $1
        FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE delivery d SET status = 'sending'
       FROM due, notification n, app_user u, tenant t
      WHERE d.id = due.id AND n.id = d.notification_id AND u.id = d.recipient_user_id AND t.id = d.tenant_id
     RETURNING d.id, d.recipient_user_id, u.email, u.display_name, t.name AS tenant_name, n.subject, n.body, n.created_at, n.id AS notification_id`,
    [now, people],
  );
  const byPerson = new Map<string, DueDigest>();
  for (const row of [...rows].sort((a, b) => Number(a.id) - Number(b.id))) {
    const digest = byPerson.get(row.recipient_user_id) ?? {
      userId: row.recipient_user_id,
      email: row.email,
      displayName: row.display_name,
      tenantName: row.tenant_name,
      deliveryIds: [],
      items: [],
    };
    digest.deliveryIds.push(row.id);
    digest.items.push({ subject: row.subject, body: row.body });
    byPerson.set(row.recipient_user_id, digest);
  }
  return [...byPerson.values()];
}

/** A digest the mail server refused: its e-mails are held again, to go with the next try a minute on. */
export async function holdDigestAgain(manager: EntityManager, deliveryIds: readonly string[], notBefore: Date, error: string): Promise<void> {
  await manager.query(`UPDATE delivery SET status = 'held', not_before = $2, attempts = attempts + 1, error = $3 WHERE id = ANY($1::bigint[])`, [
    deliveryIds,
    notBefore,
    error.slice(0, 2000),
  ]);
}
