import type { CaseEventType } from '#libs/lifecycle';
import {
  AdvanceRequestDto,
  AssignReviewerDto,
  ChangeApprovalDto,
  CompletionDto,
  ConfirmationDto,
  FilingDto,
  GrantDecisionDto,
  NoBodyDto,
  NoteDto,
  NoticeNumberDto,
  PaymentDto,
  PlanChangeDto,
  ReasonDto,
  RefundDto,
  RejectionDto,
  ReportDto,
  ReturnDto,
  ReviewDto,
  RevocationDto,
  SummaryDto,
} from './case-event-bodies.dto.js';

/**
 * The body class each event type is validated against. A case opens through POST /cases;
 * START_APPLICATION is also how a concluded consultation (相談) becomes an application (申請).
 */
export const CASE_EVENT_BODIES = {
  ADD_NOTE: NoteDto,
  CONCLUDE_CONSULTATION: SummaryDto,
  CLOSE_WITHOUT_APPLICATION: ReasonDto,
  START_APPLICATION: NoBodyDto,
  SUBMIT: FilingDto,
  RESUBMIT: FilingDto,
  ACCEPT: NoBodyDto,
  RETURN_FOR_CORRECTION: ReturnDto,
  WITHDRAW: ReasonDto,
  ASSIGN_REVIEWER: AssignReviewerDto,
  AFFIRM_NO_CONFLICT: NoBodyDto,
  SUBMIT_REVIEW: ReviewDto,
  DECLARE_CONFLICT: ReasonDto,
  DECIDE_GRANT: GrantDecisionDto,
  DECIDE_REJECT: RejectionDto,
  START_PROJECT: NoBodyDto,
  REQUEST_ADVANCE: AdvanceRequestDto,
  RECORD_PAYMENT: PaymentDto,
  REQUEST_CHANGE: PlanChangeDto,
  NOTIFY_MINOR_CHANGE: PlanChangeDto,
  APPROVE_CHANGE: ChangeApprovalDto,
  REJECT_CHANGE: ReasonDto,
  REQUEST_DISCONTINUE: ReasonDto,
  APPROVE_DISCONTINUE: NoticeNumberDto,
  REJECT_DISCONTINUE: ReasonDto,
  REVOKE: RevocationDto,
  COMPLETE_PROJECT: CompletionDto,
  SUBMIT_REPORT: ReportDto,
  RETURN_REPORT: ReturnDto,
  CONFIRM_AMOUNT: ConfirmationDto,
  RECORD_REFUND: RefundDto,
} as const satisfies Readonly<Record<Exclude<CaseEventType, 'OPEN_CONSULTATION'>, new () => object>>;

export type ClientEventType = keyof typeof CASE_EVENT_BODIES;
export const CLIENT_EVENT_TYPES = Object.keys(CASE_EVENT_BODIES) as ClientEventType[];
