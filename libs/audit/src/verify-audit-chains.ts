import { DataSource, type EntityManager } from 'typeorm';
import { auditEntryHash } from './audit-hash.js';
import { type AuditPosition, AuditEntryRepository, type StoredAuditEntry } from './audit-entry.repository.js';
import { chainLinkProblem } from './chain-link-problem.js';

export interface VerifyAuditChainsOptions {
  /** Only this tenant's chains. */
  tenantId?: string;
  /** Only this case's chain. */
  caseId?: string;
  /** Entries read per query; memory stays flat whatever the size of the table. */
  batchSize?: number;
  /** Called before the walk and after each batch. `totalEntries` grows if entries are appended meanwhile. */
  onProgress?: (entriesChecked: number, totalEntries: number) => void;
}

/** The first entry at which a chain stops being trustworthy, and why. */
export interface BrokenAuditEntry {
  entryId: string;
  tenantId: string;
  caseId: string;
  sequence: number;
  reason: string;
}

export interface AuditVerificationResult {
  casesChecked: number;
  /** Entries read, the broken one included. */
  entriesChecked: number;
  firstBroken: BrokenAuditEntry | null;
}

const DEFAULT_BATCH_SIZE = 2000;

/**
 * Walks every chain in the scope, case by case in sequence order, and stops at the first
 * broken entry: one whose hash does not match its content, that follows a gap in the
 * sequence, or whose previous_hash is not its predecessor's hash. Reads in keyset-paginated
 * batches, each its own statement, so no transaction stays open for the whole walk. An entry
 * appended meanwhile only extends its chain at the end: it is checked in order, or not read.
 *
 * Deleting a chain's last entries leaves a shorter chain that is still intact: the chain
 * alone cannot tell.
 */
export async function verifyAuditChains(
  source: DataSource | EntityManager,
  options: VerifyAuditChainsOptions = {},
): Promise<AuditVerificationResult> {
  const entries = new AuditEntryRepository(source instanceof DataSource ? source.manager : source);
  const scope = { tenantId: options.tenantId, caseId: options.caseId };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total = await entries.count(scope);
  options.onProgress?.(0, total);

  let casesChecked = 0;
  let entriesChecked = 0;
  let previous: StoredAuditEntry | null = null;
  let after: AuditPosition | null = null;
  for (;;) {
    const batch = await entries.page(scope, after, batchSize);
    for (const entry of batch) {
      const predecessor: StoredAuditEntry | null = previous?.caseId === entry.caseId ? previous : null;
      if (predecessor === null) casesChecked += 1;
      entriesChecked += 1;
      const reason = problemOf(entry, predecessor);
      if (reason !== null) {
        const { id: entryId, tenantId, caseId, sequence } = entry;
        return { casesChecked, entriesChecked, firstBroken: { entryId, tenantId, caseId, sequence, reason } };
      }
      previous = entry;
    }
    options.onProgress?.(entriesChecked, Math.max(total, entriesChecked));
    if (batch.length < batchSize || previous === null) break;
    after = { caseId: previous.caseId, sequence: previous.sequence };
  }
  return { casesChecked, entriesChecked, firstBroken: null };
}

/** What is wrong with an entry, given the entry before it in its case (null for the case's first one read). */
function problemOf(entry: StoredAuditEntry, predecessor: StoredAuditEntry | null): string | null {
  const hashMatches = !entry.occurredAtHasMicroseconds && auditEntryHash(entry) === entry.hash;
  return chainLinkProblem(entry, hashMatches, predecessor, 'case');
}
