import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from '#libs/persistence';
import { type AuditEntryContent, auditEntryHash } from './audit-hash.js';
import { AuditErrorCode, AuditException } from './audit.exception.js';
import { AuditEntryRepository } from './audit-entry.repository.js';
import { toStoredJson } from './stored-json.js';

/** One accepted event, as the use case knows it; the trail adds sequence and hashes. */
export interface NewAuditEntry {
  tenantId: string;
  caseId: string;
  actorUserId: string;
  actorRole: string;
  eventType: string;
  /** JSON-safe: stored as jsonb and hashed as jsonb gives it back (see `toStoredJson`). */
  payload: Readonly<Record<string, unknown>>;
  stateBefore: string | null;
  stateAfter: string;
  occurredAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case's last entry, which the next one chains to; null before its first. */
export type AuditChainHead = { sequence: number; hash: string } | null;

/**
 * Appends the case's next audit entry inside the caller's transaction (the one that updates
 * the case): sequence = last + 1, previous hash = the last entry's hash, hash over the
 * canonical JSON of exactly what is stored. Takes the case's row lock if the caller does not
 * hold it yet, so that two appends to one case never race for a sequence number.
 */
export async function appendAuditEntry(manager: EntityManager, entry: NewAuditEntry): Promise<AuditEntryEntity> {
  requireTransaction(manager);
  const entries = new AuditEntryRepository(manager);
  const tenantId = storedUuid('tenantId', entry.tenantId);
  const caseId = storedUuid('caseId', entry.caseId);
  if (!(await entries.lockCase(tenantId, caseId))) {
    throw new AuditException(AuditErrorCode.CaseNotFound, `No case ${caseId} in tenant ${tenantId} to audit`);
  }
  return insertAfter(entries, entry, await entries.lastOfCase(caseId));
}

/**
 * The same append for the event path, which already holds the case's row lock (FOR UPDATE)
 * and read the chain's head under it in the same statement: two round trips fewer per event.
 * A head read without that lock could be stale, and the UNIQUE (case_id, sequence) index
 * would then refuse the insert rather than fork the chain.
 */
export async function appendAuditEntryAfter(manager: EntityManager, head: AuditChainHead, entry: NewAuditEntry): Promise<AuditEntryEntity> {
  requireTransaction(manager);
  return insertAfter(new AuditEntryRepository(manager), entry, head);
}

async function insertAfter(entries: AuditEntryRepository, entry: NewAuditEntry, last: AuditChainHead): Promise<AuditEntryEntity> {
  if (Number.isNaN(entry.occurredAt.getTime())) {
    throw new AuditException(AuditErrorCode.InvalidEntry, 'occurredAt of an audit entry is not a valid date');
  }
  const content: AuditEntryContent = {
    tenantId: storedUuid('tenantId', entry.tenantId),
    caseId: storedUuid('caseId', entry.caseId),
    sequence: (last?.sequence ?? 0) + 1,
    actorUserId: storedUuid('actorUserId', entry.actorUserId),
    actorRole: entry.actorRole,
    eventType: entry.eventType,
    payload: toStoredJson(entry.payload),
    stateBefore: entry.stateBefore,
    stateAfter: entry.stateAfter,
    // A Date holds whole milliseconds, and timestamptz keeps them exactly.
    occurredAt: new Date(entry.occurredAt.getTime()),
    previousHash: last?.hash ?? null,
  };
  const hash = auditEntryHash(content);
  const id = await entries.insert({ ...content, hash });
  return Object.assign(new AuditEntryEntity(), { id, ...content, hash });
}

function requireTransaction(manager: EntityManager): void {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new AuditException(AuditErrorCode.NoTransaction, 'An audit entry is appended in the transaction that updates its case');
  }
}

/** PostgreSQL prints a uuid in lowercase whatever case it was given in: hash that form. */
function storedUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw new AuditException(AuditErrorCode.InvalidEntry, `${field} of an audit entry is not a uuid: ${value}`);
  return value.toLowerCase();
}
