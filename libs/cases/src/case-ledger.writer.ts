import type { EntityManager } from 'typeorm';
import type { CaseContext, CaseEvent } from '#libs/lifecycle';
import type { AuditEntryEntity, GrantCaseEntity } from '#libs/persistence';
import { type CaseLedgerEntry, caseLedgerEntryOf, EXPENSE_REVISION_EVENTS } from './case-ledger-entry.js';

/** Where a ledger row comes from: the case and the audit entry of the event that wrote it. */
interface LedgerOrigin {
  tenantId: string;
  caseId: string;
  auditSequence: number;
  at: Date;
}

/**
 * Writes the ledger rows of an accepted event in the caller's transaction, right after its
 * audit entry. This is the event's hot path: one INSERT at most (the lines of an expense
 * revision go in one statement), and none for an event that writes no ledger row.
 */
export class CaseLedgerWriter {
  constructor(private readonly manager: EntityManager) {}

  async write(event: CaseEvent, row: GrantCaseEntity, after: CaseContext, entry: AuditEntryEntity): Promise<void> {
    const ledgerEntry = caseLedgerEntryOf(event, after);
    if (ledgerEntry === null) return;
    await this.insert(ledgerEntry, { tenantId: row.tenantId, caseId: row.id, auditSequence: entry.sequence, at: entry.occurredAt });
  }

  private async insert(entry: CaseLedgerEntry, { tenantId, caseId, auditSequence, at }: LedgerOrigin): Promise<void> {
    switch (entry.table) {
      case 'expense_line':
        // A revision with no lines (a report of no expenses) leaves no row; its number is still taken.
        if (entry.lines.length === 0) return;
        await this.manager.query(
          `INSERT INTO expense_line (tenant_id, case_id, phase, revision, position, category, amount, audit_sequence)
           SELECT $1::uuid, $2::uuid, $3::text,
                  (SELECT count(*)::integer FROM audit_entry
                    WHERE case_id = $2::uuid AND sequence <= $4::integer AND event_type = ANY($5::text[])),
                  line.ordinality - 1, line.category, line.amount, $4::integer
             FROM unnest($6::text[], $7::bigint[]) WITH ORDINALITY AS line (category, amount, ordinality)`,
          [
            tenantId,
            caseId,
            entry.phase,
            auditSequence,
            EXPENSE_REVISION_EVENTS[entry.phase],
            entry.lines.map((line) => line.category),
            entry.lines.map((line) => line.amount),
          ],
        );
        return;
      case 'money_movement':
        await this.manager.query(
          `INSERT INTO money_movement (tenant_id, case_id, kind, payment_kind, amount, moved_on, recorded_by, recorded_at, audit_sequence)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [tenantId, caseId, entry.kind, entry.paymentKind, entry.amount, entry.movedOn, entry.recordedBy, at, auditSequence],
        );
        return;
      case 'consultation_note':
        await this.manager.query(
          `INSERT INTO consultation_note (tenant_id, case_id, author_id, author_role, kind, body, written_at, audit_sequence)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [tenantId, caseId, entry.author.userId, entry.author.role, entry.kind, entry.body, at, auditSequence],
        );
        return;
      case 'review': {
        const scores = entry.kind === 'review' ? JSON.stringify(entry.scores.map(({ criterion, score }) => ({ criterion, score }))) : null;
        await this.manager.query(
          `INSERT INTO review (tenant_id, case_id, reviewer_id, kind, scores, comment, conflict_reason, submitted_at, audit_sequence)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
          [
            tenantId,
            caseId,
            entry.reviewerId,
            entry.kind,
            scores,
            entry.kind === 'review' ? entry.comment : null,
            entry.kind === 'conflict' ? entry.conflictReason : null,
            at,
            auditSequence,
          ],
        );
        return;
      }
    }
  }
}
