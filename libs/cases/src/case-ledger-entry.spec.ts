import { CASE_EVENT_TYPES, type CaseContext, type CaseEvent, initialCaseContext } from '#libs/lifecycle';
import { seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { caseLedgerEntryOf, EXPENSE_REVISION_EVENTS } from './case-ledger-entry.js';

const program = seedProgram('協働支援');
const category = program.eligibleExpenseCategories[0] as string;
const on = '2025-06-10';
const plan = [
  { category, amount: 90_000 },
  { category: '食糧費', amount: 5_000 },
];
const context = (overrides: Partial<CaseContext> = {}): CaseContext => ({
  ...initialCaseContext({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null }),
  ...overrides,
});

describe('caseLedgerEntryOf', () => {
  it('takes the plan in force after an approved change (変更承認) from the context, which alone holds the change it approves', () => {
    const approve: CaseEvent = { type: 'APPROVE_CHANGE', actor: actorFor('approver'), on, amount: 60_000, noticeNumber: '一協第20号' };
    expect(caseLedgerEntryOf(approve, context({ plannedExpenses: plan }))).toEqual({ table: 'expense_line', phase: 'planned', lines: plan });
  });

  it("writes a report's actual lines as sent", () => {
    const report: CaseEvent = { type: 'SUBMIT_REPORT', actor: actorFor('applicant'), on, actualExpenses: plan, documents: [], outcomes: '' };
    expect(caseLedgerEntryOf(report, context())).toEqual({ table: 'expense_line', phase: 'actual', lines: plan });
  });

  it('records a payment and a refund on the day the money moved, with its kind, by the finance user who sent it', () => {
    const payment: CaseEvent = { type: 'RECORD_PAYMENT', actor: actorFor('finance'), on, amount: 30_000, paidOn: '2025-06-02', kind: 'estimatedPayment' };
    const refund: CaseEvent = { type: 'RECORD_REFUND', actor: actorFor('finance'), on, amount: 8_000, refundedOn: '2025-06-03' };
    expect(caseLedgerEntryOf(payment, context())).toEqual({
      table: 'money_movement',
      kind: 'payment',
      paymentKind: 'estimatedPayment',
      amount: 30_000,
      movedOn: '2025-06-02',
      recordedBy: 'finance-1',
    });
    expect(caseLedgerEntryOf(refund, context())).toEqual({
      table: 'money_movement',
      kind: 'refund',
      paymentKind: 'refund',
      amount: 8_000,
      movedOn: '2025-06-03',
      recordedBy: 'finance-1',
    });
  });

  it('keeps a note and a concluding summary with their author', () => {
    const note: CaseEvent = { type: 'ADD_NOTE', actor: actorFor('applicant'), on, note: '会場費について' };
    const summary: CaseEvent = { type: 'CONCLUDE_CONSULTATION', actor: actorFor('officer'), on, summary: '申請へ' };
    expect(caseLedgerEntryOf(note, context())).toEqual({ table: 'consultation_note', kind: 'note', body: '会場費について', author: actorFor('applicant') });
    expect(caseLedgerEntryOf(summary, context())).toEqual({ table: 'consultation_note', kind: 'summary', body: '申請へ', author: actorFor('officer') });
  });

  it('keeps a review with its scores and comment, and a conflict declaration with its reason only', () => {
    const scores = [{ criterion: '公益性', score: 4 }];
    const review: CaseEvent = { type: 'SUBMIT_REVIEW', actor: actorFor('reviewer'), on, scores, comment: '' };
    const conflict: CaseEvent = { type: 'DECLARE_CONFLICT', actor: actorFor('reviewer'), on, reason: '親族が役員' };
    expect(caseLedgerEntryOf(review, context())).toEqual({ table: 'review', kind: 'review', reviewerId: 'reviewer-1', scores, comment: '' });
    expect(caseLedgerEntryOf(conflict, context())).toEqual({ table: 'review', kind: 'conflict', reviewerId: 'reviewer-1', conflictReason: '親族が役員' });
  });

  it('writes no review row for a declaration of no conflict (利益相反なし): the review that follows is the reviewer\'s one row', () => {
    const affirmation: CaseEvent = { type: 'AFFIRM_NO_CONFLICT', actor: actorFor('reviewer'), on };
    expect(caseLedgerEntryOf(affirmation, context())).toBeNull();
  });

  it('writes an expense revision for exactly the events the revisions are numbered by', () => {
    const revisionEvents = [...EXPENSE_REVISION_EVENTS.planned, ...EXPENSE_REVISION_EVENTS.actual];
    for (const type of CASE_EVENT_TYPES) {
      const event = { type, actor: actorFor('applicant'), on, actualExpenses: [] } as unknown as CaseEvent;
      const entry = caseLedgerEntryOf(event, context());
      expect([type, entry?.table === 'expense_line']).toEqual([type, revisionEvents.includes(type)]);
      if (entry?.table === 'expense_line') expect([type, EXPENSE_REVISION_EVENTS[entry.phase].includes(type)]).toEqual([type, true]);
    }
  });

  it('writes nothing for a change only requested (変更承認申請): it is not in force until approved', () => {
    const request: CaseEvent = {
      type: 'REQUEST_CHANGE',
      actor: actorFor('applicant'),
      on,
      description: '講師謝礼の増額',
      plannedExpenses: plan,
      requestedAmount: 90_000,
      documents: [],
    };
    expect(caseLedgerEntryOf(request, context())).toBeNull();
  });
});
