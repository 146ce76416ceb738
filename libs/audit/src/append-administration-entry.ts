import type { EntityManager } from 'typeorm';
import { AdministrationEntryEntity } from '#libs/persistence';
import { type AdministrationAction, subjectTypeOf } from './administration-action.js';
import { type AdministrationEntryContent, administrationEntryHash } from './administration-entry-hash.js';
import { AdministrationEntryRepository } from './administration-entry.repository.js';
import type { AdministrationPayloads } from './administration-payloads.js';
import { AuditErrorCode, AuditException } from './audit.exception.js';
import { toStoredJson } from './stored-json.js';

/** One administrator's change, as the use case knows it; the trail adds sequence and hashes. */
export interface NewAdministrationEntry<A extends AdministrationAction> {
  /** The administrator (an `AdministrationActor` fits); the entry goes to their tenant's trail. */
  actor: { userId: string; tenantId: string; role: string };
  action: A;
  /** The uuid of the organization or user, the program's code, the closed day's date. */
  subjectId: string;
  payload: AdministrationPayloads[A];
  occurredAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends the tenant's next administration entry inside the caller's transaction, the one
 * that makes the change: a refused or failed change leaves no entry. Sequence = last + 1
 * under the tenant's trail lock, previous hash = the last entry's hash, hash over the
 * canonical JSON of exactly what is stored. Call it after the change's own writes: the lock
 * is then held only until the commit, and never while waiting for a row.
 */
export async function appendAdministrationEntry<A extends AdministrationAction>(
  manager: EntityManager,
  entry: NewAdministrationEntry<A>,
): Promise<AdministrationEntryEntity> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new AuditException(AuditErrorCode.NoTransaction, 'An administration entry is appended in the transaction that makes the change');
  }
  if (Number.isNaN(entry.occurredAt.getTime())) {
    throw new AuditException(AuditErrorCode.InvalidEntry, 'occurredAt of an administration entry is not a valid date');
  }
  const tenantId = storedUuid('tenantId', entry.actor.tenantId);
  const actorUserId = storedUuid('actorUserId', entry.actor.userId);
  const payload = toStoredJson(entry.payload as Readonly<Record<string, unknown>>);
  const entries = new AdministrationEntryRepository(manager);
  await entries.lockTrail(tenantId);
  const last = await entries.lastOfTenant(tenantId);
  const content: AdministrationEntryContent = {
    tenantId,
    sequence: (last?.sequence ?? 0) + 1,
    actorUserId,
    actorRole: entry.actor.role,
    action: entry.action,
    subjectType: subjectTypeOf(entry.action),
    subjectId: entry.subjectId,
    payload,
    // A Date holds whole milliseconds, and timestamptz keeps them exactly.
    occurredAt: new Date(entry.occurredAt.getTime()),
    previousHash: last?.hash ?? null,
  };
  const hash = administrationEntryHash(content);
  const id = await entries.insert({ ...content, hash });
  return Object.assign(new AdministrationEntryEntity(), { id, ...content, hash });
}

/** PostgreSQL prints a uuid in lowercase whatever case it was given in: hash that form. */
function storedUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw new AuditException(AuditErrorCode.InvalidEntry, `${field} of an administration entry is not a uuid: ${value}`);
  return value.toLowerCase();
}
