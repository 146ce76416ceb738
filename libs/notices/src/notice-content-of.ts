import { addDays, type IsoDate } from '#libs/calendar';
import type { CaseContext, CaseEvent, CaseEventType, DeadlineKind, NoticeKind } from '#libs/lifecycle';
import type { Yen } from '#libs/programs';
import { NOTICE_CONTENT_VERSION, type NoticeContent, type NoticeParticulars, type RefundTerms } from './notice-content.js';
import type { AppealPeriods } from './appeal-instruction.js';
import { NoticeErrorCode, NoticeException } from './notice.exception.js';

/** A notice being issued: the event that issues it and the case around it, as they are at that moment. */
export interface NoticeIssue {
  kind: NoticeKind;
  noticeNumber: string;
  issuedOn: IsoDate;
  /** The tenant's name as residents write it (一関市); its head (一関市長) signs. */
  municipalityName: string;
  organizationName: string;
  caseNumber: string | null;
  fiscalYear: number;
  event: CaseEvent;
  /** The case context before the event and after it (the machine's next snapshot). */
  before: CaseContext;
  after: CaseContext;
  /** Due dates of the deadlines the same event sets, as computed for them (補正, 実績報告 …). */
  dueDates: Partial<Record<DeadlineKind, IsoDate>>;
  /** The 教示 periods in force today, kept with the notice so a later change of configuration does not rewrite it. */
  appeal: AppealPeriods;
}

/** What the notice will always show, taken from the case at the moment it is issued. */
export function noticeContentOf(issue: NoticeIssue): NoticeContent {
  const { program } = issue.after;
  return {
    version: NOTICE_CONTENT_VERSION,
    appeal: issue.appeal,
    noticeNumber: issue.noticeNumber,
    issuedOn: issue.issuedOn,
    municipality: { name: issue.municipalityName, head: `${issue.municipalityName}長` },
    organization: { name: issue.organizationName },
    caseNumber: issue.caseNumber,
    fiscalYear: issue.fiscalYear,
    program: { code: program.code, name: program.nameJa },
    ...particularsOf(issue),
  };
}

function particularsOf(issue: NoticeIssue): NoticeParticulars {
  const { before, after, dueDates } = issue;
  switch (issue.kind) {
    case 'acceptance':
      return { kind: 'acceptance', requestedAmount: after.requestedAmount, standardProcessingDays: after.program.standardProcessingDays };
    case 'correctionRequest': {
      const event = eventOf(issue, 'RETURN_FOR_CORRECTION', 'RETURN_REPORT');
      const subject = event.type === 'RETURN_FOR_CORRECTION' ? 'application' : 'report';
      const dueOn = dueDates[subject === 'application' ? 'correctionDue' : 'reportCorrectionDue'] ?? null;
      return { kind: 'correctionRequest', subject, reason: event.reason, dueOn };
    }
    case 'grantDecision': {
      eventOf(issue, 'DECIDE_GRANT');
      const decidedOn = required(issue, after.decidedOn, 'the decision date');
      return {
        kind: 'grantDecision',
        requestedAmount: after.requestedAmount,
        decidedAmount: required(issue, after.decidedAmount, 'the decided amount'),
        conditions: [...after.conditions],
        withdrawableUntil: addDays(decidedOn, after.program.withdrawalPeriodDays),
      };
    }
    case 'rejectionDecision':
      return { kind: 'rejectionDecision', requestedAmount: after.requestedAmount, reasons: [...eventOf(issue, 'DECIDE_REJECT').reasons] };
    case 'changeApproval':
      eventOf(issue, 'APPROVE_CHANGE');
      return {
        kind: 'changeApproval',
        previousDecidedAmount: before.decidedAmount,
        decidedAmount: required(issue, after.decidedAmount, 'the changed amount'),
      };
    case 'discontinuationApproval':
      return {
        kind: 'discontinuationApproval',
        decidedAmount: after.decidedAmount,
        paidAmount: paidOf(after),
        reportDueOn: dueDates.reportDue ?? null,
      };
    case 'revocation': {
      const event = eventOf(issue, 'REVOKE');
      const refund = refundTermsOf(after);
      return {
        kind: 'revocation',
        decidedOn: after.decidedOn,
        decidedAmount: after.decidedAmount,
        reason: event.reason,
        refund,
        refundOrderNumber: refund ? event.refundOrderNumber : null,
      };
    }
    case 'amountConfirmation': {
      const event = eventOf(issue, 'CONFIRM_AMOUNT');
      return {
        kind: 'amountConfirmation',
        decidedAmount: after.decidedAmount,
        confirmedAmount: required(issue, after.confirmedAmount, 'the confirmed amount'),
        paidAmount: paidOf(after),
        refundOrderNumber: after.refundClaim ? event.refundOrderNumber : null,
      };
    }
    case 'refundOrder': {
      const event = eventOf(issue, 'REVOKE', 'CONFIRM_AMOUNT');
      return {
        kind: 'refundOrder',
        cause: event.type === 'REVOKE' ? 'revocation' : 'amountConfirmation',
        causeNoticeNumber: event.noticeNumber,
        refund: required(issue, refundTermsOf(after), 'a refund claim'),
      };
    }
  }
}

/** The refund the case claims, with the interest rates of its program as they are now. */
function refundTermsOf(context: CaseContext): RefundTerms | null {
  const claim = context.refundClaim;
  if (!claim) return null;
  const { additionPerYear, delinquencyPerYear } = context.program.refundInterest;
  return {
    principal: claim.principal,
    dueOn: claim.dueOn,
    additionPerYear: claim.withAddition ? { ...additionPerYear } : null,
    delinquencyPerYear: { ...delinquencyPerYear },
  };
}

const paidOf = (context: CaseContext): Yen => context.payments.reduce((sum, payment) => sum + payment.amount, 0);

function eventOf<T extends CaseEventType>(issue: NoticeIssue, ...types: T[]): Extract<CaseEvent, { type: T }> {
  const { event } = issue;
  if ((types as CaseEventType[]).includes(event.type)) return event as Extract<CaseEvent, { type: T }>;
  throw new NoticeException(NoticeErrorCode.InconsistentIssue, `a ${issue.kind} notice is issued by ${types.join(' or ')}, not ${event.type}`);
}

function required<T>(issue: NoticeIssue, value: T | null, what: string): T {
  if (value === null) throw new NoticeException(NoticeErrorCode.InconsistentIssue, `a ${issue.kind} notice needs ${what}, which case ${issue.caseNumber ?? '(unnumbered)'} does not have`);
  return value;
}
