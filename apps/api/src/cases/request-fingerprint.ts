import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { IdempotentRequest } from '#libs/cases';

const MAX_KEY_LENGTH = 200;

/** The Idempotency-Key of a request with what it asks, or null without the header. */
export function idempotentRequest(key: string | undefined, method: string, path: string, body: unknown): IdempotentRequest | null {
  if (key === undefined) return null;
  const trimmed = key.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_KEY_LENGTH) return null;
  const fingerprint = createHash('sha256').update(`${method} ${path} ${canonicalize(body) ?? ''}`).digest('hex');
  return { key: trimmed, fingerprint };
}
