import { type Problem, problem } from '#libs/errors';
import type { AssignedReviewer, CaseContext } from '../case-context.js';
import type { Actor, CaseEventOf, CaseEventType } from '../case-event.js';
import { fieldName } from '../event-field-labels.js';
import { yenEn, yenJa, yenProblems } from './amount-checks.js';
import { textProblems } from './application.rules.js';
import { aboveProgramMaximum } from './grant.rules.js';
import { grantableMaximum } from './grantable-maximum.js';

const isMemberOfApplicant = (context: CaseContext, organizationIds: readonly string[]) =>
  organizationIds.includes(context.organizationId);

export function assignmentProblems(context: CaseContext, event: CaseEventOf<'ASSIGN_REVIEWER'>): Problem[] {
  const problems: Problem[] = [];
  if (context.reviewers.some((reviewer) => reviewer.reviewerId === event.reviewerId)) {
    problems.push(problem('reviewerId', 'この審査員はすでに割り当てられています。', `reviewer ${event.reviewerId} is already assigned`));
  }
  if (context.recusedReviewerIds.includes(event.reviewerId)) {
    problems.push(
      problem(
        'reviewerId',
        'この審査員はこの案件について利益相反を申告しているため、割り当てられません。',
        `reviewer ${event.reviewerId} declared a conflict of interest on this case and may not be assigned to it again`,
      ),
    );
  }
  if (isMemberOfApplicant(context, event.reviewerOrganizationIds)) {
    problems.push(
      problem(
        'reviewerId',
        'この審査員は申請団体の会員のため、割り当てられません（利益相反）。',
        `reviewer ${event.reviewerId} is a member of the applicant organization (conflict of interest, 利益相反)`,
      ),
    );
  }
  return problems;
}

/** The acts of an assigned reviewer, each in its turn (`reviewerTurnProblems`). */
export const REVIEWER_ACTS: readonly CaseEventType[] = ['AFFIRM_NO_CONFLICT', 'SUBMIT_REVIEW', 'DECLARE_CONFLICT'];

/**
 * The order of an assigned reviewer's acts, as a 審査 committee keeps it: first the declaration
 * (利益相反なし, or a conflict, which ends the assignment), then the review; each once, and
 * nothing after the review. Empty when it is this act's turn.
 */
export function reviewerTurnProblems(assignment: AssignedReviewer, type: CaseEventType): Problem[] {
  if (assignment.reviewed) return [problem(null, 'この案件の審査結果はすでに提出されています。', 'this reviewer has already submitted a review')];
  if (type === 'AFFIRM_NO_CONFLICT' && assignment.affirmedNoConflict) {
    return [problem(null, '利益相反がないことは、すでに申告しています。', 'this reviewer has already declared no conflict of interest')];
  }
  if (type === 'SUBMIT_REVIEW' && !assignment.affirmedNoConflict) {
    return [
      problem(
        null,
        '審査結果を出す前に、申請団体との利益相反がないことを申告してください。利益相反があるときは、その申告をしてください。',
        'declare first that you have no conflict of interest (AFFIRM_NO_CONFLICT), or declare the conflict (DECLARE_CONFLICT)',
      ),
    ];
  }
  return [];
}

/**
 * Whether this user is a reviewer assigned to the case who has yet to declare whether they have
 * a conflict of interest: until then the application is withheld from them. A review submitted
 * before declarations were recorded stands for one.
 */
export function conflictDeclarationOwed(context: Pick<CaseContext, 'reviewers'>, userId: string): boolean {
  const assignment = context.reviewers.find((reviewer) => reviewer.reviewerId === userId);
  return assignment !== undefined && !assignment.affirmedNoConflict && !assignment.reviewed;
}

/** 利益相反なし: a member of the applicant organization cannot say it. */
export function affirmationProblems(context: CaseContext, event: CaseEventOf<'AFFIRM_NO_CONFLICT'>): Problem[] {
  if (!isMemberOfApplicant(context, event.actor.organizationIds)) return [];
  return [
    problem(
      null,
      '申請団体の会員のため、利益相反がないとは申告できません。利益相反を申告してください。',
      'a member of the applicant organization cannot declare no conflict of interest: declare the conflict (DECLARE_CONFLICT)',
    ),
  ];
}

/** A review: no member of the applicant may review it, and every score is sound. */
export function reviewProblems(context: CaseContext, event: CaseEventOf<'SUBMIT_REVIEW' | 'DECLARE_CONFLICT'>): Problem[] {
  // Assignment itself is checked first, for every payload (actorProblems).
  if (event.type === 'DECLARE_CONFLICT') return textProblems('reason', event.reason);
  const problems: Problem[] = [];
  if (isMemberOfApplicant(context, event.actor.organizationIds)) {
    problems.push(
      problem(
        null,
        '申請団体の会員は、その団体の申請を審査できません（利益相反）。利益相反を申告してください。',
        'a member of the applicant organization may not review its application (conflict of interest, 利益相反)',
      ),
    );
  }
  if (event.scores.length === 0) problems.push(problem('scores', '評価項目ごとの評点を1つ以上入力してください。', 'scores must list at least one criterion'));
  event.scores.forEach(({ criterion, score }, index) => {
    if (!criterion.trim()) problems.push(...textProblems(`scores[${index}].criterion`, criterion));
    if (!Number.isFinite(score) || score < 0) {
      const field = `scores[${index}].score`;
      problems.push(problem(field, `${fieldName(field)}は0以上の数で入力してください。`, `${field} must be a number, 0 or more`));
    }
  });
  return problems;
}

export const isLastOpenReview = (context: CaseContext, actor: Actor): boolean =>
  context.reviewers.every((reviewer) => reviewer.reviewed || reviewer.reviewerId === actor.userId);

/** 交付決定: no more than asked (修正交付決定 may grant less), nor than the program allows. */
export function grantDecisionProblems(context: CaseContext, event: CaseEventOf<'DECIDE_GRANT'>): Problem[] {
  const problems = [...yenProblems('amount', event.amount, { positive: true }), ...noticeProblems(event.noticeNumber)];
  if (problems.length > 0) return problems;
  const requested = context.requestedAmount ?? 0;
  if (event.amount > requested) {
    problems.push(
      problem(
        'amount',
        `${fieldName('amount')}${yenJa(event.amount)}は、申請額${yenJa(requested)}を超えています。`,
        `amount ${yenEn(event.amount)} is above the amount requested, ${yenEn(requested)}`,
      ),
    );
  }
  const maximum = grantableMaximum(context, context.plannedExpenses);
  if (event.amount > maximum) problems.push(aboveProgramMaximum(event.amount, maximum));
  return problems;
}

export function noticeProblems(noticeNumber: string): Problem[] {
  return textProblems('noticeNumber', noticeNumber);
}

/** Why a reviewer could not be assigned to the case, as the officer picking one is told: empty when they can. */
export function reviewerAssignmentProblems(context: CaseContext, reviewerId: string, reviewerOrganizationIds: readonly string[]): Problem[] {
  return assignmentProblems(context, { reviewerId, reviewerOrganizationIds: [...reviewerOrganizationIds] } as CaseEventOf<'ASSIGN_REVIEWER'>);
}
