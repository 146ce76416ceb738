import type { IsoDate } from '#libs/calendar';
import type { LocalizedText, Problem } from '#libs/errors';
import { type ActionFacts, caseActions } from './case-actions.js';
import type { CaseContext } from './case-context.js';
import type { DeadlineKind } from './case-effect.js';
import type { Actor, CaseEventType } from './case-event.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { paymentOwed } from './rules/payment-owed.js';

/** What someone must do on a case, as their to-do list names it. */
export type TaskKind =
  | 'submitApplication'
  | 'correctApplication'
  | 'startProject'
  | 'completeProject'
  | 'submitReport'
  | 'answerConsultation'
  | 'acceptFiling'
  | 'assignReviewer'
  | 'followUpOverdue'
  | 'declareConflicts'
  | 'submitReview'
  | 'decideGrant'
  | 'decideChange'
  | 'decideDiscontinuation'
  | 'checkReport'
  | 'confirmAmount'
  | 'recordPayment'
  | 'recordRefund';

export const TASK_LABELS: Readonly<Record<TaskKind, LocalizedText>> = {
  submitApplication: { ja: '申請書を提出する', en: 'submit the application' },
  correctApplication: { ja: '申請書を直して再提出する（差戻し）', en: 'correct and resubmit the application' },
  startProject: { ja: '事業に着手したことを届け出る', en: 'report the start of the project' },
  completeProject: { ja: '事業の完了を届け出る', en: 'report the project complete' },
  submitReport: { ja: '実績報告書を提出する', en: 'submit the performance report' },
  answerConsultation: { ja: '相談に回答して終える', en: 'answer and conclude the consultation' },
  acceptFiling: { ja: '申請書を確認して受理する（または差し戻す）', en: 'check the filing and accept or return it' },
  assignReviewer: { ja: '審査員を割り当てる', en: 'assign a reviewer' },
  followUpOverdue: { ja: '期限を過ぎた案件を確認する', en: 'follow up a missed deadline' },
  declareConflicts: { ja: '審査の前に、利益相反がないかを申告する', en: 'declare whether you have a conflict of interest, before the review' },
  submitReview: { ja: '審査結果を提出する', en: 'submit your review' },
  decideGrant: { ja: '交付・不交付を決定する', en: 'decide the grant' },
  decideChange: { ja: '変更承認申請を決裁する', en: 'decide the change request' },
  decideDiscontinuation: { ja: '中止・廃止承認申請を決裁する', en: 'decide the discontinuation' },
  checkReport: { ja: '実績報告書を確認する', en: 'check the performance report' },
  confirmAmount: { ja: '額を確定する', en: 'confirm the amount' },
  recordPayment: { ja: '支払を記録する', en: 'record the payment' },
  recordRefund: { ja: '返還金の収納を記録する', en: 'record the refund' },
};

/** An open deadline of the case, as stored. */
export interface OpenDeadline {
  kind: DeadlineKind;
  /** The reviewer a review is due from; null for deadlines one per case. */
  subject: string | null;
  dueOn: IsoDate;
}

export interface CaseTask {
  kind: TaskKind;
  /** The event that does it; null for a follow-up, done by talking to whoever is late. */
  event: CaseEventType | null;
  /** The deadline it is due by, when there is one. */
  deadline: OpenDeadline | null;
  /** Rules that already stop the event (papers missing, the window closed): the task waits on them. */
  blockers: Problem[];
}

interface TaskRule {
  kind: TaskKind;
  event: CaseEventType;
  /** The deadlines that date the task, the first one open wins. */
  deadlines?: readonly DeadlineKind[];
  /** When the event alone does not say the task is due (a payment only while money is owed). */
  when?: (context: CaseContext) => boolean;
}

/** The tasks of the to-do list, in no order: each is due when its event is one the person may send now. */
const TASK_RULES: readonly TaskRule[] = [
  { kind: 'submitApplication', event: 'SUBMIT', deadlines: ['applicationWindowCloses'] },
  { kind: 'correctApplication', event: 'RESUBMIT', deadlines: ['correctionDue'] },
  { kind: 'startProject', event: 'START_PROJECT' },
  { kind: 'completeProject', event: 'COMPLETE_PROJECT' },
  { kind: 'submitReport', event: 'SUBMIT_REPORT', deadlines: ['reportCorrectionDue', 'reportDue'] },
  { kind: 'answerConsultation', event: 'CONCLUDE_CONSULTATION' },
  { kind: 'acceptFiling', event: 'ACCEPT' },
  { kind: 'assignReviewer', event: 'ASSIGN_REVIEWER', deadlines: ['decisionDue'], when: (context) => context.reviewers.length === 0 },
  // The declaration comes first (利益相反なし, or a conflict): the review is a task only after it.
  { kind: 'declareConflicts', event: 'AFFIRM_NO_CONFLICT', deadlines: ['reviewDue'] },
  { kind: 'submitReview', event: 'SUBMIT_REVIEW', deadlines: ['reviewDue'] },
  { kind: 'decideGrant', event: 'DECIDE_GRANT', deadlines: ['decisionDue'] },
  { kind: 'decideChange', event: 'APPROVE_CHANGE' },
  { kind: 'decideDiscontinuation', event: 'APPROVE_DISCONTINUE' },
  { kind: 'checkReport', event: 'RETURN_REPORT' },
  { kind: 'confirmAmount', event: 'CONFIRM_AMOUNT' },
  {
    kind: 'recordPayment',
    event: 'RECORD_PAYMENT',
    deadlines: ['advancePaymentDue', 'finalPaymentDue'],
    when: (context) => paymentOwed(context) > 0,
  },
  { kind: 'recordRefund', event: 'RECORD_REFUND', deadlines: ['refundDue'] },
];

/** Deadlines an officer is escalated to once missed: they follow up with whoever is late. */
const FOLLOWED_UP_BY_OFFICERS: readonly DeadlineKind[] = ['correctionDue', 'reviewDue', 'reportDue', 'reportCorrectionDue'];

/**
 * What one person must do on one case now, computed from its state and open deadlines (never
 * stored): a task for each event of theirs the to-do list names, and for officers a follow-up
 * for each deadline someone else has missed.
 */
export function caseTasks(snapshot: CaseSnapshot, actor: Actor, facts: ActionFacts, deadlines: readonly OpenDeadline[]): CaseTask[] {
  const available = new Map(caseActions(snapshot, actor, facts).available.map((action) => [action.type, action.blockers]));
  const mine = (deadline: OpenDeadline) => deadline.subject === null || deadline.kind !== 'reviewDue' || deadline.subject === actor.userId;
  const datedBy = (kinds: readonly DeadlineKind[] = []) =>
    kinds.map((kind) => deadlines.find((deadline) => deadline.kind === kind && mine(deadline))).find((deadline) => deadline !== undefined) ?? null;
  const tasks: CaseTask[] = TASK_RULES.flatMap((rule) => {
    const blockers = available.get(rule.event);
    if (blockers === undefined || (rule.when && !rule.when(snapshot.context))) return [];
    return [{ kind: rule.kind, event: rule.event, deadline: datedBy(rule.deadlines), blockers }];
  });
  if (actor.role === 'officer' && snapshot.status === 'active') {
    for (const deadline of deadlines) {
      if (FOLLOWED_UP_BY_OFFICERS.includes(deadline.kind) && deadline.dueOn < facts.on) {
        tasks.push({ kind: 'followUpOverdue', event: null, deadline, blockers: [] });
      }
    }
  }
  return tasks;
}
