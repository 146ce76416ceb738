import { inEnglish } from '#libs/testing/english-decision';
import { seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { caseAfter, START_APPLICATION as start, supportFiling as submit } from '#libs/testing/case-history.factory';
import { caseActions } from './case-actions.js';
import type { CaseEvent } from './case-event.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { restoreSnapshot, storeSnapshot } from './case-snapshot.js';
import { stateCode } from './case-states.js';
import { acceptableEvents, decideEvent } from './decide-event.js';
import { conflictDeclarationOwed } from './rules/review.rules.js';

const support = seedProgram('協働支援');
const first = actorFor('reviewer');
const second = actorFor('reviewer', { userId: 'reviewer-2' });
const assign = (reviewerId: string): CaseEvent => ({ type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId, reviewerOrganizationIds: [] });
const affirm = (actor = first): CaseEvent => ({ type: 'AFFIRM_NO_CONFLICT', actor, on: '2025-05-13' });
const review = (actor = first): CaseEvent => ({ type: 'SUBMIT_REVIEW', actor, on: '2025-05-20', scores: [{ criterion: '公益性', score: 3 }], comment: '' });
const declareConflict = (actor = first): CaseEvent => ({ type: 'DECLARE_CONFLICT', actor, on: '2025-05-13', reason: '申請団体の役員と親族' });
/** In 審査 with two reviewers assigned, then these events. */
const inReview = (...then: CaseEvent[]): CaseSnapshot =>
  caseAfter(support, [start, submit(), { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' }, assign('reviewer-1'), assign('reviewer-2'), ...then]);
const accepted = (snapshot: CaseSnapshot, event: CaseEvent) => {
  const decision = decideEvent(snapshot, event);
  if (decision.outcome !== 'accepted') throw new Error(decision.message.en);
  return decision;
};

describe("a reviewer's declaration of conflicts of interest (利益相反), before the review", () => {
  it('asks an assigned reviewer to declare first: no conflict, or the conflict; a review before it is not taken, naming the declaration owed', () => {
    const snapshot = inReview();
    expect(conflictDeclarationOwed(snapshot.context, first.userId)).toBe(true);
    expect(acceptableEvents(snapshot, first)).toEqual(['AFFIRM_NO_CONFLICT', 'DECLARE_CONFLICT']);
    const early = decideEvent(snapshot, review());
    expect(inEnglish(early)).toEqual({
      outcome: 'notAcceptedInState',
      message:
        'declare first that you have no conflict of interest (AFFIRM_NO_CONFLICT), or declare the conflict (DECLARE_CONFLICT); accepted now: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT',
      state: 'review.inReview',
      acceptableEvents: ['AFFIRM_NO_CONFLICT', 'DECLARE_CONFLICT'],
    });
    expect(early.outcome === 'notAcceptedInState' && early.message.ja).toBe(
      '審査結果を出す前に、申請団体との利益相反がないことを申告してください。利益相反があるときは、その申告をしてください。今できる操作は「利益相反なしの申告」「利益相反の申告」です。',
    );
    // The to-do and the case say why the review waits.
    const actions = caseActions(snapshot, first, { on: '2025-05-13', documentsHeld: [] });
    expect(actions.unavailable.map((action) => action.type)).toEqual(['SUBMIT_REVIEW']);
  });

  it('keeps "no conflict" on the reviewer’s own assignment, with no effect, and then takes the review', () => {
    const decision = accepted(inReview(), affirm());
    expect(decision.effects).toEqual([]);
    expect(stateCode(decision.snapshot.value)).toBe('review.inReview');
    expect(decision.snapshot.context.reviewers.map(({ reviewerId, affirmedNoConflict }) => [reviewerId, affirmedNoConflict])).toEqual([
      ['reviewer-1', true],
      ['reviewer-2', false],
    ]);
    expect(conflictDeclarationOwed(decision.snapshot.context, first.userId)).toBe(false);
    expect(acceptableEvents(decision.snapshot, first)).toEqual(['SUBMIT_REVIEW', 'DECLARE_CONFLICT']);
    expect(accepted(decision.snapshot, review()).snapshot.context.reviewers[0]).toMatchObject({ affirmedNoConflict: true, reviewed: true });
  });

  it('leaves another reviewer owing their own declaration', () => {
    const snapshot = inReview(affirm());
    expect(conflictDeclarationOwed(snapshot.context, second.userId)).toBe(true);
    expect(acceptableEvents(snapshot, second)).toEqual(['AFFIRM_NO_CONFLICT', 'DECLARE_CONFLICT']);
    expect(decideEvent(snapshot, review(second))).toMatchObject({ outcome: 'notAcceptedInState', acceptableEvents: ['AFFIRM_NO_CONFLICT', 'DECLARE_CONFLICT'] });
  });

  it('takes the declaration once: a second one is not taken, listing what the reviewer may do now', () => {
    expect(inEnglish(decideEvent(inReview(affirm()), affirm()))).toEqual({
      outcome: 'notAcceptedInState',
      message: 'this reviewer has already declared no conflict of interest; accepted now: SUBMIT_REVIEW, DECLARE_CONFLICT',
      state: 'review.inReview',
      acceptableEvents: ['SUBMIT_REVIEW', 'DECLARE_CONFLICT'],
    });
  });

  it('takes nothing more from a reviewer once their review is in: a second review or declaration is not taken', () => {
    const snapshot = inReview(affirm(), review());
    for (const event of [affirm(), review(), declareConflict()]) {
      expect(inEnglish(decideEvent(snapshot, event))).toEqual({
        outcome: 'notAcceptedInState',
        message: 'this reviewer has already submitted a review; accepted now: none',
        state: 'review.inReview',
        acceptableEvents: [],
      });
    }
  });

  it('still takes a conflict declared without reading the application, or found after saying there was none', () => {
    for (const before of [[], [affirm()]]) {
      const decision = accepted(inReview(...before), declareConflict());
      expect(decision.snapshot.context.reviewers.map((reviewer) => reviewer.reviewerId)).toEqual(['reviewer-2']);
      expect(decision.snapshot.context.recusedReviewerIds).toEqual(['reviewer-1']);
      expect(decision.effects).toContainEqual({ type: 'clearDeadline', kind: 'reviewDue', subject: 'reviewer-1' });
    }
  });

  it('refuses the declaration from a reviewer not assigned, and "no conflict" from a member of the applicant organization', () => {
    expect(inEnglish(decideEvent(inReview(), affirm(actorFor('reviewer', { userId: 'reviewer-7' }))))).toMatchObject({
      outcome: 'refused',
      problems: ['only a reviewer assigned to this case may review it'],
    });
    // Joined the applicant organization after being assigned.
    const member = actorFor('reviewer', { organizationIds: [APPLICANT_ORGANIZATION_ID] });
    expect(inEnglish(decideEvent(inReview(), affirm(member)))).toMatchObject({
      outcome: 'refused',
      problems: ['a member of the applicant organization cannot declare no conflict of interest: declare the conflict (DECLARE_CONFLICT)'],
    });
  });

  it('is not taken before review nor after it: the state does not take it', () => {
    const submitted = caseAfter(support, [start, submit()]);
    expect(decideEvent(submitted, affirm())).toMatchObject({ outcome: 'notAcceptedInState', state: 'application.submitted' });
    const decided = caseAfter(support, [start, submit(), { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' }, assign('reviewer-1'), affirm(), review()]);
    expect(decideEvent(decided, affirm())).toMatchObject({ outcome: 'notAcceptedInState', state: 'review.awaitingDecision', acceptableEvents: [] });
  });

  it('restores a snapshot stored before declarations were recorded: an open review owes one, a review already in stands for it', () => {
    const stored = storeSnapshot(inReview(affirm(), review()));
    const legacy = {
      ...stored,
      context: { ...stored.context, reviewers: stored.context.reviewers.map(({ affirmedNoConflict: _dropped, ...reviewer }) => reviewer) },
    } as unknown as typeof stored;
    const restored = restoreSnapshot(JSON.parse(JSON.stringify(legacy)), support);
    expect(restored.context.reviewers.map((reviewer) => reviewer.affirmedNoConflict)).toEqual([false, false]);
    expect(conflictDeclarationOwed(restored.context, first.userId)).toBe(false);
    expect(conflictDeclarationOwed(restored.context, second.userId)).toBe(true);
    expect(acceptableEvents(restored, second)).toEqual(['AFFIRM_NO_CONFLICT', 'DECLARE_CONFLICT']);
  });
});
