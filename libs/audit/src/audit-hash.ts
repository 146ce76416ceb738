import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { JsonValue } from './stored-json.js';

/** Everything an audit entry's hash covers: the whole row except its id and the hash itself. */
export interface AuditEntryContent {
  tenantId: string;
  caseId: string;
  sequence: number;
  actorUserId: string;
  actorRole: string;
  eventType: string;
  payload: JsonValue;
  stateBefore: string | null;
  stateAfter: string;
  /** Hashed as its ISO-8601 UTC form with milliseconds (`2025-04-01T00:30:00.000Z`). */
  occurredAt: Date;
  /** The hash of the case's previous entry; null for sequence 1. */
  previousHash: string | null;
}

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of an entry: members sorted by their
 * UTF-16 code units at every depth, no whitespace, numbers and strings as ECMAScript
 * serializes them. The same content gives the same string whatever order the keys came in.
 */
export function canonicalAuditEntry(content: AuditEntryContent): string {
  const hashed = {
    tenantId: content.tenantId,
    caseId: content.caseId,
    sequence: content.sequence,
    actorUserId: content.actorUserId,
    actorRole: content.actorRole,
    eventType: content.eventType,
    payload: content.payload,
    stateBefore: content.stateBefore,
    stateAfter: content.stateAfter,
    occurredAt: content.occurredAt.toISOString(),
    previousHash: content.previousHash,
  };
  // Never undefined: `hashed` is an object literal.
  return canonicalize(hashed) as string;
}

/** The hash of an audit entry: SHA-256, lowercase hex, of its canonical JSON in UTF-8. */
export function auditEntryHash(content: AuditEntryContent): string {
  return createHash('sha256').update(canonicalAuditEntry(content), 'utf8').digest('hex');
}
