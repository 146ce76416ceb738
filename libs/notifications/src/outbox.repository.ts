import type { EntityManager } from 'typeorm';

export interface OutboxMessage {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * The oldest unpublished messages of these topics, locked for this transaction; rows another
 * relay holds are skipped, so several workers relay side by side without waiting on each other.
 */
export function lockUnpublished(manager: EntityManager, topics: readonly string[], limit: number): Promise<OutboxMessage[]> {
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
