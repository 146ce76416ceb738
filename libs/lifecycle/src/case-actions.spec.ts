import { seedProgram } from '#libs/programs';
import { actorFor, OTHER_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { caseAfter as caseAfterOf, START_APPLICATION, supportFiling } from '#libs/testing/case-history.factory';
import { caseActions } from './case-actions.js';
import type { CaseEvent } from './case-event.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { caseTasks } from './case-tasks.js';

const support = seedProgram('協働支援');
const papers = [...support.requiredDocuments.application];

const caseAfter = (events: CaseEvent[]): CaseSnapshot => caseAfterOf(support, events);
const start = START_APPLICATION;
const submit = supportFiling();

describe('caseActions: what one person can do on a case now', () => {
  it('offers SUBMIT with the missing papers as blockers, and lifts them once the case holds them', () => {
    const draft = caseAfter([start]);
    const missing = caseActions(draft, actorFor('applicant'), { on: '2025-05-02', documentsHeld: ['budget'] });
    expect(missing.available.find((action) => action.type === 'SUBMIT')?.blockers.map((blocker) => blocker.text.en)).toEqual([
      'documents missing for the application: applicationForm, projectPlan',
    ]);
    const ready = caseActions(draft, actorFor('applicant'), { on: '2025-05-02', documentsHeld: papers });
    expect(ready.available.find((action) => action.type === 'SUBMIT')?.blockers).toEqual([]);
  });

  it("gives an applicant of another organization nothing to do, saying why, and names whose move it is", () => {
    const submitted = caseAfter([start, submit]);
    const outsider = caseActions(submitted, actorFor('applicant', { organizationIds: [OTHER_ORGANIZATION_ID] }), { on: '2025-05-11', documentsHeld: papers });
    expect(outsider.available).toEqual([]);
    expect(outsider.unavailable.map((action) => [action.type, action.reasons[0]?.text.ja])).toEqual([['WITHDRAW', 'この案件は、申請団体の会員の方だけが操作できます。']]);
    expect(outsider.waitingFor).toEqual([{ role: 'officer', events: ['ACCEPT', 'RETURN_FOR_CORRECTION'] }]);
  });

  it('blocks an advance the program allows no more of', () => {
    const decided = caseAfter([
      start,
      submit,
      { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' },
      { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] },
      { type: 'AFFIRM_NO_CONFLICT', actor: actorFor('reviewer'), on: '2025-05-20' },
      { type: 'SUBMIT_REVIEW', actor: actorFor('reviewer'), on: '2025-05-20', scores: [{ criterion: '公益性', score: 3 }], comment: '' },
      { type: 'DECIDE_GRANT', actor: actorFor('approver'), on: '2025-05-30', amount: 60_000, conditions: [], noticeNumber: 'N-1' },
      { type: 'START_PROJECT', actor: actorFor('applicant'), on: '2025-06-01' },
      { type: 'REQUEST_ADVANCE', actor: actorFor('applicant'), on: '2025-06-01', amount: 30_000 },
    ]);
    const advance = caseActions(decided, actorFor('applicant'), { on: '2025-06-02', documentsHeld: papers }).available.find((action) => action.type === 'REQUEST_ADVANCE');
    expect(advance?.blockers.map((blocker) => blocker.text.ja)).toEqual(['前金として請求できる額（上限30,000円）はすべて請求済みです。']);
  });
});

describe('caseTasks: a to-do list computed from the state and the open deadlines', () => {
  const facts = { on: '2025-05-20', documentsHeld: papers };

  it("gives the officer the filing to accept, and the applicant nothing but what they may do", () => {
    const submitted = caseAfter([start, submit]);
    expect(caseTasks(submitted, actorFor('officer'), facts, []).map((task) => task.kind)).toEqual(['acceptFiling']);
    expect(caseTasks(submitted, actorFor('applicant'), facts, [])).toEqual([]);
  });

  it('asks a reviewer for the declaration of conflicts first, then the review, each dated by their own deadline, never another reviewer’s', () => {
    const assigned: CaseEvent[] = [
      start,
      submit,
      { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' },
      { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-1', reviewerOrganizationIds: [] },
      { type: 'ASSIGN_REVIEWER', actor: actorFor('officer'), on: '2025-05-12', reviewerId: 'reviewer-2', reviewerOrganizationIds: [] },
    ];
    const inReview = caseAfter(assigned);
    const deadlines = [
      { kind: 'reviewDue' as const, subject: 'reviewer-2', dueOn: '2025-05-22' },
      { kind: 'reviewDue' as const, subject: 'reviewer-1', dueOn: '2025-05-26' },
    ];
    const ownDeadline = { kind: 'reviewDue', subject: 'reviewer-1', dueOn: '2025-05-26' };
    expect(caseTasks(inReview, actorFor('reviewer'), facts, deadlines)).toEqual([
      { kind: 'declareConflicts', event: 'AFFIRM_NO_CONFLICT', deadline: ownDeadline, blockers: [] },
    ]);
    const declared = caseAfter([...assigned, { type: 'AFFIRM_NO_CONFLICT', actor: actorFor('reviewer'), on: '2025-05-13' }]);
    expect(caseTasks(declared, actorFor('reviewer'), facts, deadlines)).toEqual([
      { kind: 'submitReview', event: 'SUBMIT_REVIEW', deadline: ownDeadline, blockers: [] },
    ]);
    // Past due: the officer follows it up, and the first assignment is no longer their task.
    const officer = caseTasks(inReview, actorFor('officer'), { ...facts, on: '2025-05-23' }, deadlines);
    expect(officer).toEqual([{ kind: 'followUpOverdue', event: null, deadline: deadlines[0], blockers: [] }]);
  });
});
