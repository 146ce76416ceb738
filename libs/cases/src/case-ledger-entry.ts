import type { IsoDate } from '#libs/calendar';
import type { Actor, CaseContext, CaseEvent, CaseEventType, ExpenseLine, PaymentKind, ReviewScore } from '#libs/lifecycle';
import type { Yen } from '#libs/programs';

export type ExpensePhase = 'planned' | 'actual';

/**
 * The events that write a new revision of the budget (収支予算書) or of the settled accounts
 * (収支決算書). Revision n of a phase is the n-th of its events in the case's audit trail, so
 * a revision exists, even with no lines, wherever one of these events was accepted.
 */
export const EXPENSE_REVISION_EVENTS: Readonly<Record<ExpensePhase, readonly CaseEventType[]>> = {
  planned: ['SUBMIT', 'RESUBMIT', 'NOTIFY_MINOR_CHANGE', 'APPROVE_CHANGE'],
  actual: ['SUBMIT_REPORT'],
};

/** What one accepted event adds to the case's ledgers: rows of one table at most. */
export type CaseLedgerEntry =
  | { table: 'expense_line'; phase: ExpensePhase; lines: readonly ExpenseLine[] }
  | { table: 'money_movement'; kind: 'payment' | 'refund'; paymentKind: PaymentKind | 'refund'; amount: Yen; movedOn: IsoDate; recordedBy: string }
  | { table: 'consultation_note'; kind: 'note' | 'summary'; body: string; author: Actor }
  | { table: 'review'; kind: 'review'; reviewerId: string; scores: readonly ReviewScore[]; comment: string }
  | { table: 'review'; kind: 'conflict'; reviewerId: string; conflictReason: string };

/**
 * The ledger entry of an accepted event, or null for the many events that write none.
 * `after` is the context the event left: the plan in force is read from it, so an approved
 * change (変更承認) writes the lines of the change it approves, which only the context holds.
 */
export function caseLedgerEntryOf(event: CaseEvent, after: CaseContext): CaseLedgerEntry | null {
  switch (event.type) {
    case 'SUBMIT':
    case 'RESUBMIT':
    case 'NOTIFY_MINOR_CHANGE':
    case 'APPROVE_CHANGE':
      return { table: 'expense_line', phase: 'planned', lines: after.plannedExpenses };
    case 'SUBMIT_REPORT':
      return { table: 'expense_line', phase: 'actual', lines: event.actualExpenses };
    case 'RECORD_PAYMENT':
      return { table: 'money_movement', kind: 'payment', paymentKind: event.kind, amount: event.amount, movedOn: event.paidOn, recordedBy: event.actor.userId };
    case 'RECORD_REFUND':
      return { table: 'money_movement', kind: 'refund', paymentKind: 'refund', amount: event.amount, movedOn: event.refundedOn, recordedBy: event.actor.userId };
    case 'ADD_NOTE':
      return { table: 'consultation_note', kind: 'note', body: event.note, author: event.actor };
    case 'CONCLUDE_CONSULTATION':
      return { table: 'consultation_note', kind: 'summary', body: event.summary, author: event.actor };
    case 'SUBMIT_REVIEW':
      return { table: 'review', kind: 'review', reviewerId: event.actor.userId, scores: event.scores, comment: event.comment };
    case 'DECLARE_CONFLICT':
      return { table: 'review', kind: 'conflict', reviewerId: event.actor.userId, conflictReason: event.reason };
    // 利益相反なし is kept by the trail and the reviewer's assignment; the review table holds one row per reviewer, the review or the conflict.
    case 'AFFIRM_NO_CONFLICT':
      return null;
    default:
      return null;
  }
}
