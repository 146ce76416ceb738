import { text } from '#libs/errors';
import type { EntityManager } from 'typeorm';
import { IdempotencyKeyEntity } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';

/** What a client's Idempotency-Key names: this user's request, by its method, path and body. */
export interface IdempotentRequest {
  key: string;
  /** e.g. a SHA-256 over method, path and canonical body: the same key with another request is refused. */
  fingerprint: string;
}

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/**
 * The first answer to a request with an Idempotency-Key, kept to answer its retries.
 * Requests with one key are serialized by a transaction-scoped advisory lock, so a retry
 * that arrives while the first is still running waits and then gets its answer.
 */
export class IdempotencyRepository {
  constructor(private readonly manager: EntityManager) {}

  async previousAnswer(tenantId: string, userId: string, request: IdempotentRequest): Promise<StoredAnswer | null> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${tenantId}:${userId}:${request.key}`]);
    const stored = await this.manager.findOne(IdempotencyKeyEntity, { where: { tenantId, userId, key: request.key } });
    if (!stored) return null;
    if (stored.requestFingerprint !== request.fingerprint) {
      throw new CaseException(
        CaseErrorCode.IdempotencyKeyReused,
        text(
          'この Idempotency-Key は別の送信に使われています。新しい送信には新しいキーを使ってください。',
          `Idempotency-Key ${request.key} was used for another request; use a new key for a new request`,
        ),
      );
    }
    return { status: stored.responseStatus, body: stored.responseBody };
  }

  async remember(tenantId: string, userId: string, request: IdempotentRequest, answer: StoredAnswer): Promise<void> {
    await this.manager.insert(IdempotencyKeyEntity, {
      tenantId,
      userId,
      key: request.key,
      requestFingerprint: request.fingerprint,
      responseStatus: answer.status,
      responseBody: answer.body as object,
    });
  }
}
