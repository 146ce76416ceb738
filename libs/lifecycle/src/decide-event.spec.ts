import { inEnglish } from '#libs/testing/english-decision';
import { type Program, seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID, OTHER_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { caseAfter, START_APPLICATION as start, supportFiling as submit } from '#libs/testing/case-history.factory';
import type { CaseEvent } from './case-event.js';
import { newCaseSnapshot } from './case-snapshot.js';
import { acceptableEvents, decideEvent } from './decide-event.js';
import { stateCode } from './case-states.js';

const support = seedProgram('協働支援');

describe('decideEvent refusals', () => {
  it('forbids a role the table does not allow, naming the roles that may', () => {
    const decision = decideEvent(caseAfter(support, [start]), { ...submit(), actor: actorFor('officer') });
    expect(inEnglish(decision)).toEqual({
      outcome: 'forbidden',
      message: 'SUBMIT may be sent by applicant, not officer',
      allowedRoles: ['applicant'],
    });
  });

  it('answers an event the state does not take with the events it takes from this actor', () => {
    const decision = decideEvent(caseAfter(support, [start]), { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-02' });
    expect(inEnglish(decision)).toEqual({
      outcome: 'notAcceptedInState',
      message: 'ACCEPT is not accepted in state application.draft; accepted now: none',
      state: 'application.draft',
      acceptableEvents: [],
    });
    const byApplicant = decideEvent(caseAfter(support, [start]), { type: 'START_PROJECT', actor: actorFor('applicant'), on: '2025-05-02' });
    expect(byApplicant).toMatchObject({ outcome: 'notAcceptedInState', acceptableEvents: ['SUBMIT', 'WITHDRAW'] });
  });

  it("refuses an applicant acting on another organization's case", () => {
    const outsider = actorFor('applicant', { organizationIds: [OTHER_ORGANIZATION_ID] });
    expect(inEnglish(decideEvent(caseAfter(support, [start]), { ...submit(), actor: outsider }))).toMatchObject({
      outcome: 'refused',
      problems: ['only members of the applicant organization may act on its case'],
    });
  });

  it('refuses a filing outside the application window and without its documents, naming each', () => {
    const windowed: Program = { ...support, applicationWindow: { opens: '2025-04-01', closes: '2025-05-31' } };
    const decision = decideEvent(caseAfter(windowed, [start]), submit({ on: '2025-06-02', documents: [] }));
    expect(inEnglish(decision)).toMatchObject({
      outcome: 'refused',
      problems: [
        'the application window (募集期間) runs from 2025-04-01 to 2025-05-31; today is 2025-06-02',
        `documents missing for the application: ${support.requiredDocuments.application.join(', ')}`,
      ],
    });
  });

  it('refuses to start a draft that could never be filed: 事前協議 first, and not after the window', () => {
    const strict: Program = { ...support, priorConsultationRequired: true, applicationWindow: { opens: '2025-04-01', closes: '2025-05-31' } };
    const snapshot = newCaseSnapshot({ program: strict, organizationId: APPLICANT_ORGANIZATION_ID, population: null });
    expect(inEnglish(decideEvent(snapshot, { ...start, on: '2025-06-01' }))).toMatchObject({
      outcome: 'refused',
      problems: [
        'this program requires a prior consultation (事前協議): open a consultation first',
        'the application window (募集期間) closed on 2025-05-31',
      ],
    });
  });

  it('offers notes during a consultation, and takes them', () => {
    const snapshot = caseAfter(support, [{ type: 'OPEN_CONSULTATION', actor: actorFor('applicant'), on: '2025-04-10' }]);
    expect(acceptableEvents(snapshot, actorFor('officer'))).toEqual(['ADD_NOTE', 'CONCLUDE_CONSULTATION', 'CLOSE_WITHOUT_APPLICATION']);
    expect(decideEvent(snapshot, { type: 'ADD_NOTE', actor: actorFor('officer'), on: '2025-04-11', note: '会計処理を説明' }).outcome).toBe('accepted');
  });

  it('accepts a filing after a concluded consultation when the program requires one', () => {
    const strict: Program = { ...support, priorConsultationRequired: true };
    const snapshot = caseAfter(strict, [
      { type: 'OPEN_CONSULTATION', actor: actorFor('applicant'), on: '2025-04-10' },
      { type: 'CONCLUDE_CONSULTATION', actor: actorFor('officer'), on: '2025-04-20', summary: '事業計画を確認' },
      { type: 'START_APPLICATION', actor: actorFor('applicant'), on: '2025-04-21' },
    ]);
    expect(decideEvent(snapshot, submit()).outcome).toBe('accepted');
  });

  it.each([
    [-1, 'requestedAmount must be a whole number of yen, 0 or more'],
    [1.5, 'requestedAmount must be a whole number of yen, 0 or more'],
    [0, 'requestedAmount must be more than 0 yen'],
  ])('refuses a requested amount of %s yen', (requestedAmount, problem) => {
    expect(inEnglish(decideEvent(caseAfter(support, [start]), submit({ requestedAmount })))).toMatchObject({ outcome: 'refused', problems: [problem] });
  });

  it('refuses a multi-year program filing without the remaining cap, and above it', () => {
    const consensus = seedProgram('合意形成');
    const snapshot = caseAfter(consensus, [start]);
    const filing = {
      requestedAmount: 20_000,
      plannedExpenses: [{ category: consensus.eligibleExpenseCategories[0] as string, amount: 20_000 }],
      documents: [...consensus.requiredDocuments.application],
    };
    expect(inEnglish(decideEvent(snapshot, submit({ ...filing, remainingTotalCap: null })))).toMatchObject({
      outcome: 'refused',
      problems: ['remainingTotalCap is required: this program caps the total over several fiscal years'],
    });
    // Second fiscal year after 42,000 yen in the first: 8,000 yen remain.
    expect(inEnglish(decideEvent(snapshot, submit({ ...filing, remainingTotalCap: 8_000 })))).toMatchObject({
      outcome: 'refused',
      problems: ['requestedAmount 20,000 yen is above the most this program can grant for these expenses: 8,000 yen'],
    });
    expect(decideEvent(snapshot, submit({ ...filing, requestedAmount: 8_000, remainingTotalCap: 8_000 })).outcome).toBe('accepted');
  });

  describe('in review', () => {
    const inReview = () =>
      caseAfter(support, [start, submit(), { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' }]);

    it('refuses to assign a reviewer who belongs to the applicant organization (利益相反)', () => {
      const decision = decideEvent(inReview(), {
        type: 'ASSIGN_REVIEWER',
        actor: actorFor('officer'),
        on: '2025-05-12',
        reviewerId: 'reviewer-9',
        reviewerOrganizationIds: [APPLICANT_ORGANIZATION_ID],
      });
      expect(inEnglish(decision)).toMatchObject({
        outcome: 'refused',
        problems: ['reviewer reviewer-9 is a member of the applicant organization (conflict of interest, 利益相反)'],
      });
    });

    it('offers a review only to an assigned reviewer who declared no conflict and has not yet reviewed', () => {
      const snapshot = caseAfter(support, [
        start,
        submit(),
        { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' },
        { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] },
        { type: 'AFFIRM_NO_CONFLICT', actor: actorFor('reviewer'), on: '2025-05-13' },
      ]);
      expect(acceptableEvents(snapshot, actorFor('reviewer'))).toEqual(['SUBMIT_REVIEW', 'DECLARE_CONFLICT']);
      expect(acceptableEvents(snapshot, actorFor('reviewer', { userId: 'reviewer-2' }))).toEqual([]);
    });

    it('goes on to the decision when a reviewer declares a conflict and the others have reviewed', () => {
      const snapshot = caseAfter(support, [
        start,
        submit(),
        { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' },
        { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] },
        { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-2', reviewerOrganizationIds: [] },
        { type: 'AFFIRM_NO_CONFLICT', actor: actorFor('reviewer'), on: '2025-05-13' },
        { type: 'SUBMIT_REVIEW', actor: actorFor('reviewer'), on: '2025-05-20', scores: [{ criterion: '公益性', score: 3 }], comment: '' },
      ]);
      const decision = decideEvent(snapshot, {
        type: 'DECLARE_CONFLICT',
        actor: actorFor('reviewer', { userId: 'reviewer-2' }),
        on: '2025-05-21',
        reason: '申請団体の役員と親族',
      });
      expect(decision.outcome === 'accepted' && stateCode(decision.snapshot.value)).toBe('review.awaitingDecision');
    });

    it('never assigns again a reviewer who declared a conflict on the case, though another may be assigned', () => {
      const assign = (reviewerId: string): CaseEvent => ({ type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-22', reviewerId, reviewerOrganizationIds: [] });
      const snapshot = caseAfter(support, [
        start,
        submit(),
        { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' },
        assign('reviewer-1'),
        assign('reviewer-2'),
        { type: 'DECLARE_CONFLICT', actor: actorFor('reviewer', { userId: 'reviewer-2' }), on: '2025-05-21', reason: '申請団体の役員と親族' },
      ]);
      expect(stateCode(snapshot.value)).toBe('review.inReview');
      expect(inEnglish(decideEvent(snapshot, assign('reviewer-2')))).toMatchObject({
        outcome: 'refused',
        problems: ['reviewer reviewer-2 declared a conflict of interest on this case and may not be assigned to it again'],
      });
      expect(decideEvent(snapshot, assign('reviewer-3')).outcome).toBe('accepted');
    });

    it('refuses a review from a reviewer not assigned to the case', () => {
      const decision = decideEvent(inReview(), {
        type: 'SUBMIT_REVIEW',
        actor: actorFor('reviewer', { userId: 'reviewer-7' }),
        on: '2025-05-20',
        scores: [{ criterion: '公益性', score: 3 }],
        comment: '',
      });
      expect(inEnglish(decision)).toMatchObject({ outcome: 'refused', problems: ['only a reviewer assigned to this case may review it'] });
    });

    it('refuses a grant above the amount requested (修正交付決定 may only grant less)', () => {
      const awaiting = [
        { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] },
        { type: 'AFFIRM_NO_CONFLICT', actor: actorFor('reviewer'), on: '2025-05-13' },
        { type: 'SUBMIT_REVIEW', actor: actorFor('reviewer'), on: '2025-05-20', scores: [{ criterion: '公益性', score: 3 }], comment: '' },
      ] as CaseEvent[];
      let snapshot = inReview();
      for (const event of awaiting) {
        const decision = decideEvent(snapshot, event);
        if (decision.outcome !== 'accepted') throw new Error(decision.message.en);
        snapshot = decision.snapshot;
      }
      const tooMuch = decideEvent(snapshot, { type: 'DECIDE_GRANT', actor: actorFor('approver'), on: '2025-05-30', amount: 60_001, conditions: [], noticeNumber: 'N-1' });
      expect(inEnglish(tooMuch)).toMatchObject({
        outcome: 'refused',
        problems: [
          'amount 60,001 yen is above the amount requested, 60,000 yen',
          'amount 60,001 yen is above what the program allows, 60,000 yen', // 2/3 of 90,000 planned
        ],
      });
      const reduced = decideEvent(snapshot, { type: 'DECIDE_GRANT', actor: actorFor('approver'), on: '2025-05-30', amount: 45_000, conditions: ['領収書を保存すること'], noticeNumber: 'N-1' });
      expect(reduced.outcome === 'accepted' && reduced.snapshot.context).toMatchObject({ decidedAmount: 45_000, conditions: ['領収書を保存すること'] });
    });
  });
});
