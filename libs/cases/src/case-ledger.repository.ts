import { type EntityManager, In } from 'typeorm';
import { AuditEntryEntity, ConsultationNoteEntity, ExpenseLineEntity, MoneyMovementEntity, ReviewEntity } from '#libs/persistence';
import { EXPENSE_REVISION_EVENTS } from './case-ledger-entry.js';

/** The audit entry of an event that wrote an expense revision: its event, sequence and time. */
export type ExpenseRevisionEntry = Pick<AuditEntryEntity, 'sequence' | 'eventType' | 'occurredAt'>;

/** Reads of a case's ledgers, oldest first; the case's visibility is checked before any of them. */
export class CaseLedgerRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every expense revision's entry, with or without lines, and every line. */
  async expenses(caseId: string): Promise<{ entries: ExpenseRevisionEntry[]; lines: ExpenseLineEntity[] }> {
    const [entries, lines] = await Promise.all([
      this.manager.find(AuditEntryEntity, {
        select: { sequence: true, eventType: true, occurredAt: true },
        where: { caseId, eventType: In([...EXPENSE_REVISION_EVENTS.planned, ...EXPENSE_REVISION_EVENTS.actual]) },
        order: { sequence: 'ASC' },
      }),
      this.manager.find(ExpenseLineEntity, { where: { caseId }, order: { auditSequence: 'ASC', position: 'ASC' } }),
    ]);
    return { entries, lines };
  }

  moneyMovements(caseId: string): Promise<MoneyMovementEntity[]> {
    return this.manager.find(MoneyMovementEntity, { where: { caseId }, order: { auditSequence: 'ASC' } });
  }

  consultationNotes(caseId: string): Promise<ConsultationNoteEntity[]> {
    return this.manager.find(ConsultationNoteEntity, { where: { caseId }, order: { auditSequence: 'ASC' } });
  }

  /** All reviews of the case, or only one reviewer's. */
  reviews(caseId: string, reviewerId: string | null): Promise<ReviewEntity[]> {
    return this.manager.find(ReviewEntity, {
      where: reviewerId === null ? { caseId } : { caseId, reviewerId },
      order: { auditSequence: 'ASC' },
    });
  }
}
