import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { JsonObject } from './stored-json.js';

/** Everything an administration entry's hash covers: the whole row except its id and the hash itself. */
export interface AdministrationEntryContent {
  tenantId: string;
  sequence: number;
  actorUserId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: JsonObject;
  /** Hashed as its ISO-8601 UTC form with milliseconds (`2025-04-01T00:30:00.000Z`). */
  occurredAt: Date;
  /** The hash of the tenant's previous entry; null for sequence 1. */
  previousHash: string | null;
}

/** The RFC 8785 form of an entry, as `canonicalAuditEntry` makes it for a case's entry. */
export function canonicalAdministrationEntry(content: AdministrationEntryContent): string {
  const hashed = {
    tenantId: content.tenantId,
    sequence: content.sequence,
    actorUserId: content.actorUserId,
    actorRole: content.actorRole,
    action: content.action,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    payload: content.payload,
    occurredAt: content.occurredAt.toISOString(),
    previousHash: content.previousHash,
  };
  // Never undefined: `hashed` is an object literal.
  return canonicalize(hashed) as string;
}

/** SHA-256, lowercase hex, of the entry's canonical JSON in UTF-8. */
export function administrationEntryHash(content: AdministrationEntryContent): string {
  return createHash('sha256').update(canonicalAdministrationEntry(content), 'utf8').digest('hex');
}
