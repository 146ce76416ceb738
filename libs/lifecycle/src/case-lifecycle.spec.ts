import { inEnglish } from '#libs/testing/english-decision';
import type { IsoDate } from '#libs/calendar';
import { type Program, SEED_PROGRAMS } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import type { CaseEffect } from './case-effect.js';
import type { CaseEvent } from './case-event.js';
import type { CaseRole } from './case-role.js';
import { type CaseSnapshot, newCaseSnapshot } from './case-snapshot.js';
import { stateCode } from './case-states.js';
import { caseTasks } from './case-tasks.js';
import { decideEvent } from './decide-event.js';
import { refundOutstanding } from './rules/settlement.rules.js';

const programNamed = (nameJa: string): Program => {
  const program = SEED_PROGRAMS.find((candidate) => candidate.nameJa === nameJa);
  if (!program) throw new Error(`no seed program named ${nameJa}`);
  return program;
};
const SUPPORT_PROGRAM = programNamed('地域協働体支援事業補助金');
const CONSENSUS_PROGRAM = programNamed('地域の合意形成を図る事業に対する支援');


/** An event as the machine takes it, the figures the server derives included, without its actor and date. */
type EventPayload = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'actor' | 'on'> : never) : never;

/** Drives a case through events, failing loudly on any refusal, and keeps every effect. */
class Scenario {
  effects: CaseEffect[] = [];
  constructor(public snapshot: CaseSnapshot) {}

  static of(program: Program): Scenario {
    return new Scenario(newCaseSnapshot({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null }));
  }

  send(role: CaseRole, on: IsoDate, body: EventPayload, actorOverrides = {}): this {
    const decision = decideEvent(this.snapshot, { ...body, actor: actorFor(role, actorOverrides), on } as CaseEvent);
    if (decision.outcome !== 'accepted') throw new Error(`${body.type} refused: ${decision.message.en}`);
    this.snapshot = decision.snapshot;
    this.effects.push(...decision.effects);
    return this;
  }

  get state() {
    return stateCode(this.snapshot.value);
  }

  notices() {
    return this.effects.flatMap((effect) => (effect.type === 'issueNotice' ? [effect.kind] : []));
  }
}

const documentsFor = (program: Program, phase: 'application' | 'report') => [...program.requiredDocuments[phase]];
const category = (program: Program) => program.eligibleExpenseCategories[0] as string;

/** 受理 → one review → 交付決定, the common middle of every grant. */
function throughDecision(scenario: Scenario, program: Program, planned: number, requested: number, decided: number) {
  return scenario
    .send('applicant', '2025-05-01', { type: 'START_APPLICATION' })
    .send('applicant', '2025-05-10', {
      type: 'SUBMIT',
      requestedAmount: requested,
      plannedExpenses: [{ category: category(program), amount: planned }],
      documents: documentsFor(program, 'application'),
      remainingTotalCap: program.caps.total ? program.caps.total.amount : null,
    })
    .send('officer', '2025-05-12', { type: 'ACCEPT' })
    .send('officer', '2025-05-12', { type: 'ASSIGN_REVIEWER', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] })
    .send('reviewer', '2025-05-20', { type: 'AFFIRM_NO_CONFLICT' })
    .send('reviewer', '2025-05-20', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '妥当' })
    .send('approver', '2025-05-30', { type: 'DECIDE_GRANT', amount: decided, conditions: [], noticeNumber: '一協第12号' });
}

describe('a 地域協働体支援事業補助金 case at 2/3 with a 100,000 yen cap', () => {
  it('decides 100,000 yen on 160,000 planned, confirms 80,000 on 120,000 spent, and closes on the final payment', () => {
    const scenario = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 160_000, 100_000, 100_000);
    expect(scenario.state).toBe('grant.decided');
    expect(scenario.snapshot.context.decidedAmount).toBe(100_000);

    scenario
      .send('applicant', '2025-06-01', { type: 'START_PROJECT' })
      .send('applicant', '2025-12-01', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-30' })
      .send('applicant', '2025-12-10', {
        type: 'SUBMIT_REPORT',
        actualExpenses: [{ category: category(SUPPORT_PROGRAM), amount: 120_000 }],
        documents: documentsFor(SUPPORT_PROGRAM, 'report'),
        outcomes: '地域の話し合い 4回',
      })
      .send('approver', '2025-12-20', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第40号', amount: null, refundDueOn: '2026-01-20', refundOrderNumber: null });

    expect(scenario.state).toBe('settlement.paymentDue');
    expect(scenario.snapshot.context.confirmedAmount).toBe(80_000);

    scenario.send('finance', '2026-01-09', { type: 'RECORD_PAYMENT', amount: 80_000, paidOn: '2026-01-09', kind: 'finalPayment' });
    expect(scenario.state).toBe('closed');
    expect(scenario.snapshot.status).toBe('done');
    expect(scenario.notices()).toEqual(['acceptance', 'grantDecision', 'amountConfirmation']);
  });

  it('refuses a request above 2/3 of the planned expenses, naming the most it can grant', () => {
    const scenario = Scenario.of(SUPPORT_PROGRAM).send('applicant', '2025-05-01', { type: 'START_APPLICATION' });
    const decision = decideEvent(scenario.snapshot, {
      type: 'SUBMIT',
      actor: actorFor('applicant'),
      on: '2025-05-10',
      requestedAmount: 60_000,
      plannedExpenses: [{ category: category(SUPPORT_PROGRAM), amount: 60_000 }],
      documents: documentsFor(SUPPORT_PROGRAM, 'application'),
      remainingTotalCap: null,
    });
    expect(inEnglish(decision)).toMatchObject({
      outcome: 'refused',
      problems: ['requestedAmount 60,000 yen is above the most this program can grant for these expenses: 40,000 yen'],
    });
  });
});

describe('a consensus-building support case (100%, 50,000 yen over two fiscal years, advance payment)', () => {
  it('pays 50,000 in advance, confirms 42,000 on 42,000 spent, orders an 8,000 yen refund and closes when it is repaid', () => {
    const scenario = throughDecision(Scenario.of(CONSENSUS_PROGRAM), CONSENSUS_PROGRAM, 50_000, 50_000, 50_000)
      .send('applicant', '2025-06-02', { type: 'START_PROJECT' })
      .send('applicant', '2025-06-02', { type: 'REQUEST_ADVANCE', amount: 50_000 })
      .send('finance', '2025-06-10', { type: 'RECORD_PAYMENT', amount: 50_000, paidOn: '2025-06-10', kind: 'prepayment' })
      .send('applicant', '2026-02-01', { type: 'COMPLETE_PROJECT', completedOn: '2026-01-31' })
      .send('applicant', '2026-02-10', {
        type: 'SUBMIT_REPORT',
        actualExpenses: [{ category: category(CONSENSUS_PROGRAM), amount: 42_000 }],
        documents: documentsFor(CONSENSUS_PROGRAM, 'report'),
        outcomes: '設立準備会 3回',
      })
      .send('approver', '2026-02-20', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第51号', amount: null, refundDueOn: '2026-03-19', refundOrderNumber: '一協第52号' });

    expect(scenario.state).toBe('settlement.refundDue');
    expect(scenario.snapshot.context.confirmedAmount).toBe(42_000);
    expect(scenario.snapshot.context.refundClaim).toEqual({ principal: 8_000, dueOn: '2026-03-19', withAddition: false });
    expect(scenario.notices()).toContain('refundOrder');
    expect(scenario.effects).toContainEqual(
      expect.objectContaining({ type: 'setDeadline', kind: 'refundDue', remind: ['applicant', 'finance'], escalateTo: 'approver' }),
    );

    scenario.send('finance', '2026-03-01', { type: 'RECORD_REFUND', amount: 3_000, refundedOn: '2026-03-01' });
    expect(scenario.state).toBe('settlement.refundDue');
    const outOfOrder = decideEvent(scenario.snapshot, { type: 'RECORD_REFUND', amount: 5_000, refundedOn: '2026-02-28', actor: actorFor('finance'), on: '2026-03-10' });
    expect(outOfOrder).toMatchObject({ outcome: 'refused', problems: [expect.objectContaining({ field: 'refundedOn' })] });
    const beforePayment = decideEvent(scenario.snapshot, { type: 'RECORD_REFUND', amount: 5_000, refundedOn: '2025-06-09', actor: actorFor('finance'), on: '2026-03-10' });
    expect(beforePayment).toMatchObject({ outcome: 'refused', problems: [expect.objectContaining({ field: 'refundedOn' })] });
    scenario.send('finance', '2026-03-10', { type: 'RECORD_REFUND', amount: 5_000, refundedOn: '2026-03-10' });
    expect(scenario.state).toBe('closed');
  });

  it('refuses an advance above what is decided', () => {
    const scenario = throughDecision(Scenario.of(CONSENSUS_PROGRAM), CONSENSUS_PROGRAM, 40_000, 40_000, 40_000);
    const decision = decideEvent(scenario.snapshot, { type: 'REQUEST_ADVANCE', amount: 40_001, actor: actorFor('applicant'), on: '2025-06-01' });
    expect(decision.outcome).toBe('refused');
  });
});

describe('a case returned for correction, resubmitted, then refused', () => {
  it('goes 差戻し → 再提出 → 不交付, with a correction deadline set and cleared', () => {
    const program = SUPPORT_PROGRAM;
    const filing = {
      requestedAmount: 50_000,
      plannedExpenses: [{ category: category(program), amount: 90_000 }],
      documents: documentsFor(program, 'application'),
      remainingTotalCap: null,
    };
    const scenario = Scenario.of(program)
      .send('applicant', '2025-05-01', { type: 'START_APPLICATION' })
      .send('applicant', '2025-05-10', { type: 'SUBMIT', ...filing })
      .send('officer', '2025-05-12', { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が一致しません', dueOn: null });
    expect(scenario.state).toBe('application.returned');
    expect(scenario.effects).toContainEqual(
      expect.objectContaining({ type: 'setDeadline', kind: 'correctionDue', rule: program.correctionDeadline, from: '2025-05-12', escalateTo: 'officer' }),
    );

    scenario
      .send('applicant', '2025-05-15', { type: 'RESUBMIT', ...filing })
      .send('officer', '2025-05-16', { type: 'ACCEPT' })
      .send('officer', '2025-05-16', { type: 'ASSIGN_REVIEWER', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] })
      .send('reviewer', '2025-05-20', { type: 'AFFIRM_NO_CONFLICT' })
      .send('reviewer', '2025-05-20', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 1 }], comment: '効果が不明確' })
      .send('approver', '2025-05-30', { type: 'DECIDE_REJECT', reasons: ['事業効果が不明確'], noticeNumber: '一協第13号' });

    expect(scenario.state).toBe('rejected');
    expect(scenario.effects).toContainEqual({ type: 'clearDeadline', kind: 'correctionDue', subject: null });
    expect(scenario.effects).toContainEqual({ type: 'clearAllDeadlines' });
    expect(scenario.notices()).toEqual(['correctionRequest', 'acceptance', 'rejectionDecision']);
  });
});

describe('other branches', () => {
  it('lets the applicant withdraw before the decision (取下げ) and clears every deadline', () => {
    const scenario = Scenario.of(SUPPORT_PROGRAM)
      .send('applicant', '2025-05-01', { type: 'START_APPLICATION' })
      .send('applicant', '2025-05-02', { type: 'WITHDRAW', reason: '役員会で見送り' });
    expect(scenario.state).toBe('withdrawn');
    expect(scenario.effects.at(-1)).toEqual({ type: 'clearAllDeadlines' });
  });

  it('refuses withdrawal after the period following the decision', () => {
    const scenario = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 150_000, 100_000, 100_000);
    const late = decideEvent(scenario.snapshot, { type: 'WITHDRAW', reason: '条件に不服', actor: actorFor('applicant'), on: '2025-07-30' });
    expect(inEnglish(late)).toMatchObject({ outcome: 'refused', problems: [expect.stringMatching(/^withdrawal after the decision was possible until 2025-/)] });
  });

  it('approves a change (変更承認) with a new decided amount and a 変更承認通知', () => {
    const scenario = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 90_000, 60_000, 60_000)
      .send('applicant', '2025-06-01', { type: 'START_PROJECT' })
      .send('applicant', '2025-07-01', {
        type: 'REQUEST_CHANGE',
        description: '講師謝礼の増額',
        plannedExpenses: [{ category: category(SUPPORT_PROGRAM), amount: 135_000 }],
        requestedAmount: 90_000,
        documents: [...SUPPORT_PROGRAM.requiredDocuments.change],
      });
    expect(scenario.state).toBe('grant.changeRequested');
    scenario.send('approver', '2025-07-10', { type: 'APPROVE_CHANGE', amount: 90_000, noticeNumber: '一協第20号' });
    expect(scenario.state).toBe('grant.inProgress');
    expect(scenario.snapshot.context).toMatchObject({ decidedAmount: 90_000, requestedAmount: 90_000, pendingChange: null });
    expect(scenario.notices()).toContain('changeApproval');
  });

  it('takes a minor change (軽微な変更) as a notice, and refuses it as a change request', () => {
    const scenario = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 100_000, 60_000, 60_000).send(
      'applicant',
      '2025-06-01',
      { type: 'START_PROJECT' },
    );
    const minor = {
      description: '消耗品の内訳変更',
      plannedExpenses: [{ category: category(SUPPORT_PROGRAM), amount: 101_000 }],
      requestedAmount: 60_000,
      documents: [...SUPPORT_PROGRAM.requiredDocuments.change],
    };
    expect(inEnglish(decideEvent(scenario.snapshot, { type: 'REQUEST_CHANGE', ...minor, actor: actorFor('applicant'), on: '2025-07-01' }))).toMatchObject({
      outcome: 'refused',
      problems: ['this change is minor (軽微な変更) and needs no approval: send NOTIFY_MINOR_CHANGE'],
    });
    scenario.send('applicant', '2025-07-01', { type: 'NOTIFY_MINOR_CHANGE', ...minor });
    expect(scenario.state).toBe('grant.inProgress');
  });

  it('revokes a paid grant (交付決定の取消) and owes the refund with 加算金 per payment and, once overdue, 延滞金', () => {
    // Both charges at 10.95% a year (1095/10000), counted by day over 365.
    expect(CONSENSUS_PROGRAM.refundInterest).toEqual({
      additionPerYear: { numerator: 1095, denominator: 10_000 },
      delinquencyPerYear: { numerator: 1095, denominator: 10_000 },
    });
    const scenario = throughDecision(Scenario.of(CONSENSUS_PROGRAM), CONSENSUS_PROGRAM, 50_000, 50_000, 50_000)
      .send('applicant', '2025-06-02', { type: 'START_PROJECT' })
      .send('applicant', '2025-06-02', { type: 'REQUEST_ADVANCE', amount: 50_000 })
      .send('finance', '2025-06-10', { type: 'RECORD_PAYMENT', amount: 33_333, paidOn: '2025-06-10', kind: 'prepayment' })
      .send('finance', '2025-07-10', { type: 'RECORD_PAYMENT', amount: 16_667, paidOn: '2025-07-10', kind: 'prepayment' })
      .send('approver', '2025-09-01', {
        type: 'REVOKE',
        reason: '目的外使用',
        noticeNumber: '一協第30号',
        refundDueOn: '2025-10-01',
        refundOrderNumber: '一協第30号の2',
      });

    expect(scenario.state).toBe('revocation.refundDue');
    expect(scenario.effects.filter((effect) => effect.type === 'issueNotice').slice(-2)).toEqual([
      { type: 'issueNotice', kind: 'revocation', noticeNumber: '一協第30号' },
      { type: 'issueNotice', kind: 'refundOrder', noticeNumber: '一協第30号の2' },
    ]);

    // Repaid 30,000 on 2025-09-15, before the due date. 加算金 so far, both ends counted:
    //   33,333 yen for 98 days (06-10..09-15): 33,333 × 0.1095 × 98 / 365 = 979.99 → 979
    //   16,667 yen for 68 days (07-10..09-15): 16,667 × 0.1095 × 68 / 365 = 340.00 → 340
    // The 30,000 goes to the principal, oldest payment first: 3,333 and 16,667 are left.
    scenario.send('finance', '2025-09-15', { type: 'RECORD_REFUND', amount: 30_000, refundedOn: '2025-09-15' });
    expect(scenario.state).toBe('revocation.refundDue');

    // On 2025-10-11, ten days late, 26 more days of 加算金 on what is left:
    //   3,333 × 0.1095 × 26 / 365 = 25.99 → 25;  16,667 × 0.1095 × 26 / 365 = 130.00 → 130
    // and 延滞金 for 10 days (10-02..10-11) on the 20,000 principal left: 60.
    // Owed: 20,000 + 979 + 340 + 25 + 130 + 60 = 21,534 yen.
    const tooMuch = decideEvent(scenario.snapshot, { type: 'RECORD_REFUND', amount: 21_535, refundedOn: '2025-10-11', actor: actorFor('finance'), on: '2025-10-11' });
    expect(inEnglish(tooMuch)).toMatchObject({ outcome: 'refused', problems: ['amount 21,535 yen is above what is owed on 2025-10-11, 21,534 yen'] });
    scenario.send('finance', '2025-10-11', { type: 'RECORD_REFUND', amount: 21_534, refundedOn: '2025-10-11' });
    expect(scenario.state).toBe('revoked');
    expect(scenario.effects.at(-1)).toEqual({ type: 'clearAllDeadlines' });
  });

  it('refuses a withdrawal once money has been paid', () => {
    const scenario = throughDecision(Scenario.of(CONSENSUS_PROGRAM), CONSENSUS_PROGRAM, 50_000, 50_000, 50_000)
      .send('applicant', '2025-05-30', { type: 'REQUEST_ADVANCE', amount: 50_000 })
      .send('finance', '2025-05-31', { type: 'RECORD_PAYMENT', amount: 50_000, paidOn: '2025-05-31', kind: 'prepayment' });
    expect(inEnglish(decideEvent(scenario.snapshot, { type: 'WITHDRAW', reason: '辞退', actor: actorFor('applicant'), on: '2025-06-01' }))).toMatchObject({
      outcome: 'refused',
      problems: ['money has been paid on this grant: it ends by 中止・廃止 (REQUEST_DISCONTINUE) or a revocation, not a withdrawal'],
    });
  });

  it('pays no more advance than the decision allows once a change has lowered it', () => {
    const scenario = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 150_000, 100_000, 100_000)
      .send('applicant', '2025-06-01', { type: 'START_PROJECT' })
      .send('applicant', '2025-06-01', { type: 'REQUEST_ADVANCE', amount: 50_000 })
      .send('applicant', '2025-06-05', {
        type: 'REQUEST_CHANGE',
        description: '規模縮小',
        plannedExpenses: [{ category: category(SUPPORT_PROGRAM), amount: 30_000 }],
        requestedAmount: 20_000,
        documents: [...SUPPORT_PROGRAM.requiredDocuments.change],
      })
      .send('approver', '2025-06-10', { type: 'APPROVE_CHANGE', amount: 20_000, noticeNumber: '一協第21号' });
    // 5/10 of the 20,000 now decided: 10,000 at most.
    expect(inEnglish(decideEvent(scenario.snapshot, { type: 'RECORD_PAYMENT', amount: 10_001, paidOn: '2025-06-11', kind: 'prepayment', actor: actorFor('finance'), on: '2025-06-11' }))).toMatchObject({
      outcome: 'refused',
      problems: ['amount 10,001 yen is above the advance requested and unpaid, 10,000 yen'],
    });
    const financeTasks = () => caseTasks(scenario.snapshot, actorFor('finance'), { on: '2025-06-11', documentsHeld: [] }, []).map((task) => task.kind);
    expect(financeTasks()).toContain('recordPayment');
    // Once that 10,000 is paid nothing is owed, though 50,000 was requested: the to-do list agrees with the rule.
    scenario.send('finance', '2025-06-11', { type: 'RECORD_PAYMENT', amount: 10_000, paidOn: '2025-06-11', kind: 'prepayment' });
    expect(financeTasks()).not.toContain('recordPayment');
  });

  it('revokes an unpaid grant straight to 取消', () => {
    const scenario = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 150_000, 100_000, 100_000).send(
      'approver',
      '2025-06-15',
      { type: 'REVOKE', reason: '事業中止の届出なし', noticeNumber: '一協第31号', refundDueOn: '2025-07-15', refundOrderNumber: null },
    );
    expect(scenario.state).toBe('revoked');
    expect(scenario.notices().at(-1)).toBe('revocation');
  });
});

describe('dates of money are facts finance records', () => {
  const paidGrant = () =>
    throughDecision(Scenario.of(CONSENSUS_PROGRAM), CONSENSUS_PROGRAM, 50_000, 50_000, 50_000)
      .send('applicant', '2025-06-02', { type: 'START_PROJECT' })
      .send('applicant', '2025-06-02', { type: 'REQUEST_ADVANCE', amount: 50_000 });
  const payment = (on: IsoDate, paidOn: IsoDate, kind: 'prepayment' | 'estimatedPayment' | 'finalPayment' = 'prepayment') =>
    decideEvent(paidGrant().snapshot, { type: 'RECORD_PAYMENT', amount: 10_000, paidOn, kind, actor: actorFor('finance'), on });

  it('refuses a payment dated after today or before the decision, naming paidOn', () => {
    expect(inEnglish(payment('2025-06-10', '2025-06-11'))).toMatchObject({ outcome: 'refused', problems: ['paidOn 2025-06-11 is after today (2025-06-10)'] });
    expect(inEnglish(payment('2025-06-10', '2025-05-29'))).toMatchObject({
      outcome: 'refused',
      problems: ['paidOn 2025-05-29 is before the grant decision (2025-05-30)'],
    });
    expect(payment('2025-06-10', '2025-05-30').outcome).toBe('accepted');
  });

  it('takes 前金払 or 概算払 before 額の確定, never 精算払', () => {
    expect(payment('2025-06-10', '2025-06-10', 'estimatedPayment').outcome).toBe('accepted');
    expect(payment('2025-06-10', '2025-06-10', 'finalPayment')).toMatchObject({ outcome: 'refused', problems: [{ field: 'kind' }] });
  });

  it('counts 加算金 from the day each payment was made, not the day it was recorded', () => {
    // The same 50,000 paid on 06-10, recorded on 06-10 in one case and on 07-10 in the other.
    const revoke = (recordedOn: IsoDate) =>
      paidGrant()
        .send('finance', recordedOn, { type: 'RECORD_PAYMENT', amount: 50_000, paidOn: '2025-06-10', kind: 'prepayment' })
        .send('approver', '2025-09-01', { type: 'REVOKE', reason: '目的外使用', noticeNumber: '一協第30号', refundDueOn: '2025-10-01', refundOrderNumber: '一協第30号の2' });
    // 50,000 × 0.1095 × 98 / 365 = 1,470 (06-10..09-15, both ends counted).
    expect(refundOutstanding(revoke('2025-06-10').snapshot.context, '2025-09-15')).toBe(51_470);
    expect(refundOutstanding(revoke('2025-07-10').snapshot.context, '2025-09-15')).toBe(51_470);
  });

  it('stops the charges on the day the refund reached the city, though finance records it later', () => {
    const revoked = paidGrant()
      .send('finance', '2025-06-10', { type: 'RECORD_PAYMENT', amount: 50_000, paidOn: '2025-06-10', kind: 'prepayment' })
      .send('approver', '2025-09-01', { type: 'REVOKE', reason: '目的外使用', noticeNumber: '一協第30号', refundDueOn: '2025-10-01', refundOrderNumber: '一協第30号の2' });
    // Repaid in full on 09-15 (before the due date), recorded on 10-20 (after it): no 延滞金, 加算金 to 09-15 only.
    revoked.send('finance', '2025-10-20', { type: 'RECORD_REFUND', amount: 51_470, refundedOn: '2025-09-15' });
    expect(revoked.state).toBe('revoked');
  });

  it('refuses a completion date before the decision or in the future', () => {
    const started = throughDecision(Scenario.of(SUPPORT_PROGRAM), SUPPORT_PROGRAM, 150_000, 100_000, 100_000).send('applicant', '2025-06-01', {
      type: 'START_PROJECT',
    });
    const complete = (completedOn: IsoDate) =>
      inEnglish(decideEvent(started.snapshot, { type: 'COMPLETE_PROJECT', completedOn, actor: actorFor('applicant'), on: '2025-12-01' }));
    expect(complete('2025-05-29')).toMatchObject({ outcome: 'refused', problems: ['completedOn 2025-05-29 is before the grant decision (2025-05-30)'] });
    expect(complete('2025-12-02')).toMatchObject({ outcome: 'refused', problems: ['completedOn 2025-12-02 is after today (2025-12-01)'] });
    expect(complete('2025-11-30')).toMatchObject({ outcome: 'accepted' });
  });
});
