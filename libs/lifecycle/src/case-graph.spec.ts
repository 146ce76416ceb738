import { getShortestPaths } from '@xstate/graph';
import { seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { totalOf } from './case-context.js';
import type { CaseEvent, CaseEventType } from './case-event.js';
import { CASE_ROLES } from './case-role.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { CASE_STATE_LABELS, type CaseStateCode, stateCode } from './case-states.js';
import { caseMachine } from './case.machine.js';
import { acceptableEvents, decideEvent } from './decide-event.js';
import { CASE_EVENT_TYPES, EVENT_ROLES } from './event-roles.js';
import { refundOutstanding } from './rules/settlement.rules.js';

// 合意形成: advance payment allowed, a multi-year total cap; no window, so any date will do.
const PROGRAM = seedProgram('合意形成');
const INPUT = { program: PROGRAM, organizationId: APPLICANT_ORGANIZATION_ID, population: null };
const ON = '2025-06-01';
const category = PROGRAM.eligibleExpenseCategories[0] as string;
const by = (role: Parameters<typeof actorFor>[0]) => ({ actor: actorFor(role), on: ON });
const filing = {
  requestedAmount: 40_000,
  plannedExpenses: [{ category, amount: 40_000 }],
  documents: [...PROGRAM.requiredDocuments.application],
  remainingTotalCap: 50_000,
};

/** A valid instance of every event the case could take next, with variants that lead to each branch. */
function candidateEvents(snapshot: CaseSnapshot): CaseEvent[] {
  const { context } = snapshot;
  const paid = totalOf(context.payments);
  const report = (amount: number): CaseEvent => ({
    type: 'SUBMIT_REPORT',
    ...by('applicant'),
    actualExpenses: [{ category, amount }],
    documents: [...PROGRAM.requiredDocuments.report],
    outcomes: '説明会 2回',
  });
  return [
    { type: 'OPEN_CONSULTATION', ...by('applicant') },
    { type: 'ADD_NOTE', ...by('officer'), note: '活動内容を確認' },
    { type: 'CONCLUDE_CONSULTATION', ...by('officer'), summary: '申請へ' },
    { type: 'CLOSE_WITHOUT_APPLICATION', ...by('officer'), reason: '対象外' },
    { type: 'START_APPLICATION', ...by('applicant') },
    { type: 'SUBMIT', ...by('applicant'), ...filing },
    { type: 'RESUBMIT', ...by('applicant'), ...filing },
    { type: 'ACCEPT', ...by('officer') },
    { type: 'RETURN_FOR_CORRECTION', ...by('officer'), reason: '書類不備', dueOn: null },
    { type: 'WITHDRAW', ...by('applicant'), reason: '見送り' },
    ...(context.reviewers.length === 0
      ? [{ type: 'ASSIGN_REVIEWER', ...by('officer'), reviewerId: 'reviewer-1', reviewerOrganizationIds: [] } as CaseEvent]
      : []),
    { type: 'AFFIRM_NO_CONFLICT', ...by('reviewer') },
    { type: 'SUBMIT_REVIEW', ...by('reviewer'), scores: [{ criterion: '必要性', score: 3 }], comment: '' },
    { type: 'DECLARE_CONFLICT', ...by('reviewer'), reason: '親族が役員' },
    { type: 'DECIDE_GRANT', ...by('approver'), amount: 40_000, conditions: [], noticeNumber: 'N-1' },
    { type: 'DECIDE_REJECT', ...by('approver'), reasons: ['効果が不明確'], noticeNumber: 'N-2' },
    { type: 'START_PROJECT', ...by('applicant') },
    ...(context.advanceRequested === 0 ? [{ type: 'REQUEST_ADVANCE', ...by('applicant'), amount: 20_000 } as CaseEvent] : []),
    {
      type: 'RECORD_PAYMENT',
      ...by('finance'),
      amount: context.confirmedAmount === null ? context.advanceRequested - paid : context.confirmedAmount - paid,
      paidOn: ON,
      kind: context.confirmedAmount === null ? 'prepayment' : 'finalPayment',
    },
    {
      type: 'REQUEST_CHANGE',
      ...by('applicant'),
      description: '増額',
      plannedExpenses: [{ category, amount: 50_000 }],
      requestedAmount: 50_000,
      documents: [...PROGRAM.requiredDocuments.change],
    },
    {
      type: 'NOTIFY_MINOR_CHANGE',
      ...by('applicant'),
      description: '内訳',
      plannedExpenses: [{ category, amount: 41_000 }],
      requestedAmount: 40_000,
      documents: [],
    },
    { type: 'APPROVE_CHANGE', ...by('approver'), amount: context.pendingChange?.requestedAmount ?? 0, noticeNumber: 'N-3' },
    { type: 'REJECT_CHANGE', ...by('approver'), reason: '必要性なし' },
    { type: 'REQUEST_DISCONTINUE', ...by('applicant'), reason: '担い手不足' },
    { type: 'APPROVE_DISCONTINUE', ...by('approver'), noticeNumber: 'N-4' },
    { type: 'REJECT_DISCONTINUE', ...by('approver'), reason: '継続可能' },
    { type: 'REVOKE', ...by('approver'), reason: '目的外使用', noticeNumber: 'N-5', refundDueOn: '2025-07-01', refundOrderNumber: 'N-7' },
    { type: 'COMPLETE_PROJECT', ...by('applicant'), completedOn: ON },
    report(40_000),
    report(10_000),
    report(0),
    { type: 'RETURN_REPORT', ...by('officer'), reason: '領収書不足', dueOn: null },
    { type: 'CONFIRM_AMOUNT', ...by('approver'), noticeNumber: 'N-6', amount: null, refundDueOn: '2025-07-01', refundOrderNumber: 'N-8' },
    { type: 'RECORD_REFUND', ...by('finance'), amount: refundOutstanding(context, ON), refundedOn: ON },
  ];
}

/** States that differ only in context the guards branch on are told apart; the rest is folded. */
const serializeState = (snapshot: CaseSnapshot) =>
  JSON.stringify([
    stateCode(snapshot.value),
    snapshot.context.advanceRequested,
    totalOf(snapshot.context.payments),
    snapshot.context.reviewers.length,
    snapshot.context.reviewers.filter((reviewer) => reviewer.affirmedNoConflict).length,
    snapshot.context.eligibleActual,
    snapshot.context.confirmedAmount,
  ]);

const paths = getShortestPaths(caseMachine, { input: INPUT, events: candidateEvents, serializeState });
const reached = paths.map((path) => path.state as CaseSnapshot);

describe('the case machine as a graph', () => {
  it('reaches every state', () => {
    const codes = new Set(reached.map((snapshot) => stateCode(snapshot.value)));
    expect([...codes].sort()).toEqual(Object.keys(CASE_STATE_LABELS).sort());
  });

  it.each(['closed', 'closedWithoutApplication', 'withdrawn', 'rejected', 'revoked'] as CaseStateCode[])(
    'reaches the final state %s by a generated path',
    (final) => {
      const path = paths.find((candidate) => stateCode(candidate.state.value) === final);
      expect(path?.state.status).toBe('done');
      expect(path?.steps.length).toBeGreaterThan(0);
    },
  );

  it('answers every event in every reached state, for every role, as the machine itself does', () => {
    let checked = 0;
    for (const snapshot of reached) {
      // The traversal leaves out events that would grow the graph without end; the matrix needs one of each.
      const samples = new Map(
        [
          { type: 'ASSIGN_REVIEWER', ...by('officer'), reviewerId: 'reviewer-2', reviewerOrganizationIds: [] } as CaseEvent,
          { type: 'REQUEST_ADVANCE', ...by('applicant'), amount: 1_000 } as CaseEvent,
          ...candidateEvents(snapshot),
        ].map((event) => [event.type, event]),
      );
      for (const type of CASE_EVENT_TYPES) {
        const sample = samples.get(type) as CaseEvent;
        for (const role of CASE_ROLES) {
          const event = { ...sample, actor: actorFor(role) } as CaseEvent;
          const decision = decideEvent(snapshot, event);
          const machineTakesIt = snapshot.can(event);
          checked++;

          if (!EVENT_ROLES[type].includes(role)) {
            expect(decision).toMatchObject({ outcome: 'forbidden', allowedRoles: EVENT_ROLES[type] });
          } else if (decision.outcome === 'notAcceptedInState') {
            expect(decision.acceptableEvents).toEqual(acceptableEvents(snapshot, event.actor));
            expect(decision.acceptableEvents).not.toContain(type);
          } else if (decision.outcome === 'refused') {
            expect(decision.problems.length).toBeGreaterThan(0);
          } else {
            expect(decision.outcome).toBe('accepted');
          }
          // The machine's own guards agree with the door: it takes exactly what is accepted.
          expect({ type, role, state: stateCode(snapshot.value), machineTakesIt }).toEqual({
            type,
            role,
            state: stateCode(snapshot.value),
            machineTakesIt: decision.outcome === 'accepted',
          });
        }
      }
    }
    expect(checked).toBe(reached.length * CASE_EVENT_TYPES.length * CASE_ROLES.length);
  });

  it('lets no role but the table send an event, and admin none at all', () => {
    const admin = actorFor('admin');
    for (const snapshot of reached) expect(acceptableEvents(snapshot, admin)).toEqual([]);
    const byRole = Object.fromEntries(
      CASE_ROLES.map((role) => [role, CASE_EVENT_TYPES.filter((type: CaseEventType) => EVENT_ROLES[type].includes(role)).length]),
    );
    expect(byRole).toEqual({ applicant: 14, officer: 9, reviewer: 3, approver: 8, finance: 2, admin: 0 });
  });

  it('takes no event in a final state', () => {
    for (const snapshot of reached.filter((candidate) => candidate.status === 'done')) {
      for (const role of CASE_ROLES) expect(acceptableEvents(snapshot, actorFor(role))).toEqual([]);
    }
  });
});
