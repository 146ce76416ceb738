import type { DeadlineRule, IsoDate } from '#libs/calendar';
import type { CaseRole } from './case-role.js';

/** Deadlines of docs/domain.md §6 that a case can have open. */
export type DeadlineKind =
  | 'applicationWindowCloses'
  | 'correctionDue'
  | 'reviewDue'
  | 'decisionDue'
  | 'advancePaymentDue'
  | 'reportDue'
  | 'reportCorrectionDue'
  | 'finalPaymentDue'
  | 'refundDue';

/** Official notices the city issues, each numbered and dated (docs/domain.md §7). */
export type NoticeKind =
  | 'acceptance' // 受理通知
  | 'correctionRequest' // 補正依頼
  | 'grantDecision' // 交付決定通知書
  | 'rejectionDecision' // 不交付決定通知書
  | 'changeApproval' // 変更承認通知
  | 'discontinuationApproval' // 中止・廃止承認通知
  | 'revocation' // 交付決定取消通知
  | 'amountConfirmation' // 額の確定通知書
  | 'refundOrder'; // 返還命令

/**
 * What a transition asks the world to do, as data. The machine performs none of it;
 * the use case turns each effect into rows (deadlines, notices, outbox) in the same transaction.
 * Who is told of an event is not the machine's: `WHO_HEARS_WHAT` (libs/case-news) reads it
 * from the event once accepted.
 */
export type CaseEffect =
  | {
      type: 'setDeadline';
      kind: DeadlineKind;
      /** Distinguishes deadlines of one kind, e.g. one review due per reviewer. */
      subject: string | null;
      rule: DeadlineRule;
      from: IsoDate;
      remind: CaseRole[];
      escalateTo: CaseRole | null;
    }
  | { type: 'clearDeadline'; kind: DeadlineKind; subject: string | null }
  /** The case ended or was revoked: no deadline of it stays open. */
  | { type: 'clearAllDeadlines' }
  | { type: 'issueNotice'; kind: NoticeKind; noticeNumber: string | null };
