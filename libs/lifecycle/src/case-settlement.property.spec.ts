import fc from 'fast-check';
import { decidedAmount, type Program, seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { totalOf } from './case-context.js';
import type { CaseEvent } from './case-event.js';
import { type CaseSnapshot, newCaseSnapshot } from './case-snapshot.js';
import { stateCode } from './case-states.js';
import { decideEvent } from './decide-event.js';
import { refundOutstanding } from './rules/settlement.rules.js';

const on = '2025-06-01';

/** An event as the machine takes it, the figures the server derives included, without its actor and date. */
type EventPayload = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'actor' | 'on'> : never) : never;

function send(snapshot: CaseSnapshot, event: EventPayload, role: Parameters<typeof actorFor>[0]): CaseSnapshot {
  const decision = decideEvent(snapshot, { ...event, actor: actorFor(role), on } as CaseEvent);
  if (decision.outcome !== 'accepted') throw new Error(`${event.type}: ${decision.message.en}`);
  return decision.snapshot;
}

/** Files, decides the most the program allows, advances part of it, spends `actual`, and settles. */
function settleCase(program: Program, planned: number, advanceShare: number, actual: number): CaseSnapshot {
  const category = program.eligibleExpenseCategories[0] as string;
  let snapshot = newCaseSnapshot({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null });
  const remainingTotalCap = program.caps.total?.amount ?? null;
  snapshot = send(snapshot, { type: 'START_APPLICATION' }, 'applicant');
  // The money lib (tested on its own) says the most the program grants; the case must then settle exactly.
  const maximum = decidedAmount(program, {
    eligiblePlannedExpenses: planned,
    ...(remainingTotalCap !== null && { remainingTotalCap }),
  });
  fc.pre(maximum > 0);
  const filing = { requestedAmount: maximum, plannedExpenses: [{ category, amount: planned }], documents: [...program.requiredDocuments.application], remainingTotalCap };
  snapshot = send(snapshot, { type: 'SUBMIT', ...filing }, 'applicant');
  snapshot = send(snapshot, { type: 'ACCEPT' }, 'officer');
  snapshot = send(snapshot, { type: 'ASSIGN_REVIEWER', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] }, 'officer');
  snapshot = send(snapshot, { type: 'AFFIRM_NO_CONFLICT' }, 'reviewer');
  snapshot = send(snapshot, { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 3 }], comment: '' }, 'reviewer');
  snapshot = send(snapshot, { type: 'DECIDE_GRANT', amount: maximum, conditions: [], noticeNumber: 'N-1' }, 'approver');
  snapshot = send(snapshot, { type: 'START_PROJECT' }, 'applicant');
  const advance = program.advancePayment.allowed ? Math.floor((maximum * advanceShare * program.advancePayment.maxFraction.numerator) / program.advancePayment.maxFraction.denominator) : 0;
  if (advance > 0) {
    snapshot = send(snapshot, { type: 'REQUEST_ADVANCE', amount: advance }, 'applicant');
    snapshot = send(snapshot, { type: 'RECORD_PAYMENT', amount: advance, paidOn: on, kind: 'prepayment' }, 'finance');
  }
  snapshot = send(snapshot, { type: 'COMPLETE_PROJECT', completedOn: on }, 'applicant');
  snapshot = send(snapshot, { type: 'SUBMIT_REPORT', actualExpenses: [{ category, amount: actual }], documents: [...program.requiredDocuments.report], outcomes: '' }, 'applicant');
  snapshot = send(snapshot, { type: 'CONFIRM_AMOUNT', noticeNumber: 'N-2', amount: null, refundDueOn: '2025-07-01', refundOrderNumber: 'N-3' }, 'approver');
  const state = stateCode(snapshot.value);
  if (state === 'settlement.paymentDue') {
    snapshot = send(snapshot, { type: 'RECORD_PAYMENT', amount: (snapshot.context.confirmedAmount ?? 0) - totalOf(snapshot.context.payments), paidOn: on, kind: 'finalPayment' }, 'finance');
  } else if (state === 'settlement.refundDue') {
    snapshot = send(snapshot, { type: 'RECORD_REFUND', amount: refundOutstanding(snapshot.context, on), refundedOn: on }, 'finance');
  }
  return snapshot;
}

describe.each(['協働支援', '合意形成'])('settling a %s case for any planned and actual expenses', (code) => {
  const program = seedProgram(code);

  it('closes with payments minus refunds equal to the confirmed amount, never above the decision or a cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 600_000 }),
        (planned, advanceShare, actual) => {
          const { context, status } = settleCase(program, planned, advanceShare, actual);
          expect(status).toBe('done');
          const confirmed = context.confirmedAmount ?? -1;
          expect(totalOf(context.payments) - totalOf(context.refunds)).toBe(confirmed);
          expect(confirmed).toBeLessThanOrEqual(context.decidedAmount ?? 0);
          if (program.caps.perFiscalYear !== null) expect(confirmed).toBeLessThanOrEqual(program.caps.perFiscalYear);
          if (program.caps.total !== null) expect(confirmed).toBeLessThanOrEqual(program.caps.total.amount);
          expect(confirmed * program.rate.denominator).toBeLessThanOrEqual(actual * program.rate.numerator);
        },
      ),
      { numRuns: 200 },
    );
  });
});
