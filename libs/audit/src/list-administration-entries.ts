import { DataSource, type EntityManager } from 'typeorm';
import { formatEraDate, tokyoDateOf } from '#libs/calendar';
import type { AdministrationAction } from './administration-action.js';
import { AdministrationEntryRepository, type StoredAdministrationEntry } from './administration-entry.repository.js';
import type { AdministrationEntryPage, AdministrationEntryView } from './administration-entry.view.js';

export interface AdministrationEntryQuery {
  /** Only entries of this action. */
  action: AdministrationAction | null;
  /** Only entries older than this sequence: the previous page's `nextBefore`. */
  before: number | null;
  limit: number;
}

/**
 * One tenant's administration trail, newest first, a page at a time. The tenant is the
 * caller's own, never taken from the request: another tenant's entries are never listed.
 */
export async function listAdministrationEntries(
  source: DataSource | EntityManager,
  tenantId: string,
  query: AdministrationEntryQuery,
): Promise<AdministrationEntryPage> {
  const entries = new AdministrationEntryRepository(source instanceof DataSource ? source.manager : source);
  // One more than asked says whether an older page exists.
  const rows = await entries.listNewestFirst(tenantId, { action: query.action, beforeSequence: query.before, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit).map(toView);
  return { items, nextBefore: rows.length > query.limit ? (items.at(-1)?.sequence ?? null) : null };
}

function toView(entry: StoredAdministrationEntry): AdministrationEntryView {
  const occurredOn = tokyoDateOf(entry.occurredAt);
  return {
    id: entry.id,
    sequence: entry.sequence,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    payload: entry.payload,
    occurredAt: entry.occurredAt.toISOString(),
    occurredOn,
    occurredOnJa: formatEraDate(occurredOn),
    previousHash: entry.previousHash,
    hash: entry.hash,
  };
}
