import type { EntityManager } from 'typeorm';
import type { OutboxMessage, OutboxTopic, StoredOutboxMessage } from './outbox-topics.js';

/** Writes one case's messages in one statement of the caller's transaction (nothing when there are none). */
export async function writeOutboxMessages(manager: EntityManager, about: { tenantId: string; caseId: string }, messages: readonly OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (tenant_id, case_id, topic, payload)
     SELECT $1, $2, message.topic, message.payload FROM jsonb_to_recordset($3::jsonb) AS message(topic text, payload jsonb)`,
    [about.tenantId, about.caseId, JSON.stringify(messages)],
  );
}

/**
 * The oldest unpublished messages of these topics, locked for this transaction; rows another
 * relay holds are skipped, so several workers relay side by side without waiting on each other.
 */
export function lockUnpublished(manager: EntityManager, topics: readonly OutboxTopic[], limit: number): Promise<StoredOutboxMessage[]> {
  return manager.query(
    `SELECT id, topic, payload FROM outbox
      WHERE published_at IS NULL AND topic = ANY($1::text[])
      ORDER BY id
      LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    [topics, limit],
  );
}

export async function markPublished(manager: EntityManager, ids: readonly string[], at: Date): Promise<void> {
  await manager.query(`UPDATE outbox SET published_at = $2 WHERE id = ANY($1::bigint[])`, [ids, at]);
}
