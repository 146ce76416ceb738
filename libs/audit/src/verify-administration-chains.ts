import { DataSource, type EntityManager } from 'typeorm';
import { administrationEntryHash } from './administration-entry-hash.js';
import { type AdministrationPosition, AdministrationEntryRepository, type StoredAdministrationEntry } from './administration-entry.repository.js';
import { chainLinkProblem } from './chain-link-problem.js';

export interface VerifyAdministrationChainsOptions {
  /** Only this tenant's chain. */
  tenantId?: string;
  /** Entries read per query; memory stays flat whatever the size of the table. */
  batchSize?: number;
  /** Called before the walk and after each batch. `totalEntries` grows if entries are appended meanwhile. */
  onProgress?: (entriesChecked: number, totalEntries: number) => void;
}

/** The first administration entry at which a tenant's chain stops being trustworthy, and why. */
export interface BrokenAdministrationEntry {
  entryId: string;
  tenantId: string;
  sequence: number;
  reason: string;
}

export interface AdministrationVerificationResult {
  /** Tenants with at least one entry read. */
  tenantsChecked: number;
  /** Entries read, the broken one included. */
  entriesChecked: number;
  firstBroken: BrokenAdministrationEntry | null;
}

const DEFAULT_BATCH_SIZE = 2000;

/**
 * Walks the administrators' chain of every tenant in the scope, in sequence order, and stops
 * at the first broken entry, as `verifyAuditChains` does for cases: a hash that does not
 * match the content, a gap in the sequence, or a previous_hash that is not the predecessor's
 * hash. Deleting a chain's last entries leaves a shorter chain that is still intact.
 */
export async function verifyAdministrationChains(
  source: DataSource | EntityManager,
  options: VerifyAdministrationChainsOptions = {},
): Promise<AdministrationVerificationResult> {
  const entries = new AdministrationEntryRepository(source instanceof DataSource ? source.manager : source);
  const tenantId = options.tenantId ?? null;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total = await entries.count(tenantId);
  options.onProgress?.(0, total);

  let tenantsChecked = 0;
  let entriesChecked = 0;
  let previous: StoredAdministrationEntry | null = null;
  let after: AdministrationPosition | null = null;
  for (;;) {
    const batch = await entries.page(tenantId, after, batchSize);
    for (const entry of batch) {
      const predecessor: StoredAdministrationEntry | null = previous?.tenantId === entry.tenantId ? previous : null;
      if (predecessor === null) tenantsChecked += 1;
      entriesChecked += 1;
      const hashMatches = !entry.occurredAtHasMicroseconds && administrationEntryHash(entry) === entry.hash;
      const reason = chainLinkProblem(entry, hashMatches, predecessor, 'tenant');
      if (reason !== null) {
        return { tenantsChecked, entriesChecked, firstBroken: { entryId: entry.id, tenantId: entry.tenantId, sequence: entry.sequence, reason } };
      }
      previous = entry;
    }
    options.onProgress?.(entriesChecked, Math.max(total, entriesChecked));
    if (batch.length < batchSize || previous === null) break;
    after = { tenantId: previous.tenantId, sequence: previous.sequence };
  }
  return { tenantsChecked, entriesChecked, firstBroken: null };
}
