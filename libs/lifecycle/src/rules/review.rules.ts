import type { CaseContext } from '../case-context.js';
import type { Actor, CaseEventOf } from '../case-event.js';
import { formatYen, yenProblems } from './amount-checks.js';
import { grantableMaximum } from './grantable-maximum.js';

const isMemberOfApplicant = (context: CaseContext, organizationIds: readonly string[]) =>
  organizationIds.includes(context.organizationId);

export function assignmentProblems(context: CaseContext, event: CaseEventOf<'ASSIGN_REVIEWER'>): string[] {
  const problems: string[] = [];
  if (context.reviewers.some((reviewer) => reviewer.reviewerId === event.reviewerId)) {
    problems.push(`reviewer ${event.reviewerId} is already assigned`);
  }
  if (context.recusedReviewerIds.includes(event.reviewerId)) {
    problems.push(`reviewer ${event.reviewerId} declared a conflict of interest on this case and may not be assigned to it again`);
  }
  if (isMemberOfApplicant(context, event.reviewerOrganizationIds)) {
    problems.push(`reviewer ${event.reviewerId} is a member of the applicant organization (conflict of interest, 利益相反)`);
  }
  return problems;
}

/** A review: no member of the applicant may review it, and every score is sound. */
export function reviewProblems(context: CaseContext, event: CaseEventOf<'SUBMIT_REVIEW' | 'DECLARE_CONFLICT'>): string[] {
  // Assignment itself is checked first, for every payload (actorProblems).
  if (event.type === 'DECLARE_CONFLICT') return event.reason.trim() ? [] : ['reason must not be empty'];
  const problems: string[] = [];
  if (isMemberOfApplicant(context, event.actor.organizationIds)) {
    problems.push('a member of the applicant organization may not review its application (conflict of interest, 利益相反)');
  }
  if (event.scores.length === 0) problems.push('scores must list at least one criterion');
  event.scores.forEach(({ criterion, score }, index) => {
    if (!criterion.trim()) problems.push(`scores[${index}].criterion must not be empty`);
    if (!Number.isFinite(score) || score < 0) problems.push(`scores[${index}].score must be a number, 0 or more`);
  });
  return problems;
}

export const isLastOpenReview = (context: CaseContext, actor: Actor): boolean =>
  context.reviewers.every((reviewer) => reviewer.reviewed || reviewer.reviewerId === actor.userId);

/** 交付決定: no more than asked (修正交付決定 may grant less), nor than the program allows. */
export function grantDecisionProblems(context: CaseContext, event: CaseEventOf<'DECIDE_GRANT'>): string[] {
  const problems = [...yenProblems('amount', event.amount, { positive: true }), ...noticeProblems(event.noticeNumber)];
  if (problems.length > 0) return problems;
  const requested = context.requestedAmount ?? 0;
  if (event.amount > requested) {
    problems.push(`amount ${formatYen(event.amount)} is above the amount requested, ${formatYen(requested)}`);
  }
  const maximum = grantableMaximum(context, context.plannedExpenses);
  if (event.amount > maximum) problems.push(`amount ${formatYen(event.amount)} is above what the program allows, ${formatYen(maximum)}`);
  return problems;
}

export function noticeProblems(noticeNumber: string): string[] {
  return noticeNumber.trim() ? [] : ['noticeNumber must not be empty'];
}
