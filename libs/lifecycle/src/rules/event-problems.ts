import { type Problem, problem } from '#libs/errors';
import { type CaseContext, totalOf } from '../case-context.js';
import type { Actor, CaseEvent, CaseEventOf, CaseEventType } from '../case-event.js';
import { CASE_EVENT_LABELS } from '../case-event-labels.js';
import { CASE_ROLE_LABELS, rolesText } from '../case-role-labels.js';
import { EVENT_ROLES } from '../event-roles.js';
import { afterTodayProblems, filingProblems, returnProblems, startApplicationProblems, textProblems } from './application.rules.js';
import {
  advancePaymentProblems,
  advanceRequestProblems,
  changeApprovalProblems,
  changeProblems,
  completionProblems,
  withdrawalProblems,
} from './grant.rules.js';
import { affirmationProblems, assignmentProblems, grantDecisionProblems, noticeProblems, REVIEWER_ACTS, reviewerTurnProblems, reviewProblems } from './review.rules.js';
import { confirmationProblems, finalPaymentProblems, moneyDateProblems, refundOrderRequired, refundProblems, reportProblems } from './settlement.rules.js';

type EventRules = { [T in CaseEventType]: (context: CaseContext, event: CaseEventOf<T>) => Problem[] };

const none = () => [];

/** The business rules of each event, beyond who may send it; each problem says what is wrong. */
const EVENT_RULES: EventRules = {
  OPEN_CONSULTATION: none,
  ADD_NOTE: (_, event) => textProblems('note', event.note),
  CONCLUDE_CONSULTATION: (_, event) => textProblems('summary', event.summary),
  CLOSE_WITHOUT_APPLICATION: (_, event) => textProblems('reason', event.reason),
  START_APPLICATION: (context, event) => startApplicationProblems(context, event.on),
  SUBMIT: filingProblems,
  RESUBMIT: filingProblems,
  ACCEPT: none,
  RETURN_FOR_CORRECTION: (_, event) => returnProblems(event),
  WITHDRAW: withdrawalProblems,
  ASSIGN_REVIEWER: assignmentProblems,
  AFFIRM_NO_CONFLICT: affirmationProblems,
  SUBMIT_REVIEW: reviewProblems,
  DECLARE_CONFLICT: reviewProblems,
  DECIDE_GRANT: grantDecisionProblems,
  DECIDE_REJECT: (_, event) => [
    ...(event.reasons.some((reason) => reason.trim())
      ? []
      : [problem('reasons', '不交付の理由を1つ以上入力してください。', 'reasons must state at least one reason')]),
    ...noticeProblems(event.noticeNumber),
  ],
  START_PROJECT: none,
  REQUEST_ADVANCE: advanceRequestProblems,
  RECORD_PAYMENT: (context, event) => [
    ...moneyDateProblems(context, 'paidOn', event.paidOn, event.on),
    ...(context.confirmedAmount === null ? advancePaymentProblems(context, event) : finalPaymentProblems(context, event)),
  ],
  REQUEST_CHANGE: changeProblems,
  NOTIFY_MINOR_CHANGE: changeProblems,
  APPROVE_CHANGE: (context, event) => [...changeApprovalProblems(context, event), ...noticeProblems(event.noticeNumber)],
  REJECT_CHANGE: (_, event) => textProblems('reason', event.reason),
  REQUEST_DISCONTINUE: (_, event) => textProblems('reason', event.reason),
  APPROVE_DISCONTINUE: (_, event) => noticeProblems(event.noticeNumber),
  REJECT_DISCONTINUE: (_, event) => textProblems('reason', event.reason),
  REVOKE: (context, event) => [
    ...textProblems('reason', event.reason),
    ...noticeProblems(event.noticeNumber),
    ...afterTodayProblems('refundDueOn', event.refundDueOn, event.on),
    ...(totalOf(context.payments) > 0 && !event.refundOrderNumber?.trim()
      ? [refundOrderRequired('すでに支払った補助金があるため、返還命令を出します。', 'money was paid, so a refund order (返還命令) is issued')]
      : []),
  ],
  COMPLETE_PROJECT: completionProblems,
  SUBMIT_REPORT: reportProblems,
  RETURN_REPORT: (_, event) => returnProblems(event),
  CONFIRM_AMOUNT: confirmationProblems,
  RECORD_REFUND: refundProblems,
};

/** Role refusals: the actor's role may not send this event at all. */
export function roleProblems(event: CaseEvent): Problem[] {
  const allowed = EVENT_ROLES[event.type];
  if (allowed.includes(event.actor.role)) return [];
  const who = rolesText(allowed);
  const label = CASE_EVENT_LABELS[event.type];
  return [
    problem(
      null,
      `「${label.ja}」は${who.ja}が行う操作です。${CASE_ROLE_LABELS[event.actor.role].ja}の方は行えません。`,
      `${event.type} may be sent by ${who.en}, not ${event.actor.role}`,
    ),
  ];
}

/** What stops this actor whatever the payload: an applicant of another organization, a reviewer not assigned, or whose turn it is not. */
export function actorProblems(context: CaseContext, actor: Actor, type: CaseEventType): Problem[] {
  if (actor.role === 'applicant' && !actor.organizationIds.includes(context.organizationId)) {
    return [problem(null, 'この案件は、申請団体の会員の方だけが操作できます。', 'only members of the applicant organization may act on its case')];
  }
  if (REVIEWER_ACTS.includes(type)) {
    const assignment = context.reviewers.find((reviewer) => reviewer.reviewerId === actor.userId);
    if (!assignment) return [problem(null, 'この案件を審査できるのは、割り当てられた審査員だけです。', 'only a reviewer assigned to this case may review it')];
    return reviewerTurnProblems(assignment, type);
  }
  return [];
}

/**
 * An assigned reviewer's act out of its turn (a review before the declaration, a second
 * declaration, anything after the review): the case does not take it from them now, as a
 * state does not take an event (409), while other refusals of who the actor is stay rules.
 */
export function outOfTurnProblems(context: CaseContext, actor: Actor, type: CaseEventType): Problem[] {
  const assignment = REVIEWER_ACTS.includes(type) ? context.reviewers.find((reviewer) => reviewer.reviewerId === actor.userId) : undefined;
  return assignment ? reviewerTurnProblems(assignment, type) : [];
}

/** Everything that stops this event now, or nothing: role, who the actor is, the rules. */
export function eventProblems(context: CaseContext, event: CaseEvent): Problem[] {
  const byRole = roleProblems(event);
  if (byRole.length > 0) return byRole;
  const byActor = actorProblems(context, event.actor, event.type);
  if (byActor.length > 0) return byActor;
  return (EVENT_RULES[event.type] as (context: CaseContext, event: CaseEvent) => Problem[])(context, event);
}
