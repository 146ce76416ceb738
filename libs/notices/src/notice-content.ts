import type { IsoDate } from '#libs/calendar';
import type { Fraction, Yen } from '#libs/programs';
import type { AppealPeriods } from './appeal-instruction.js';

/** Bump when a stored NoticeContent would no longer read as the current shape (and keep reading the old one). */
export const NOTICE_CONTENT_VERSION = 1;

/** Who, what and when, the same on every notice. */
export interface NoticeHeading {
  version: typeof NOTICE_CONTENT_VERSION;
  noticeNumber: string;
  issuedOn: IsoDate;
  /** The municipality (tenant) and its head, the sender: 一関市, 一関市長. */
  municipality: { name: string; head: string };
  /** The addressee. */
  organization: { name: string };
  /** Null only for a 補正依頼 sent before 受理, when the case has no number yet. */
  caseNumber: string | null;
  fiscalYear: number;
  program: { code: string; name: string };
  /** The 教示 periods in force when issued; absent in notices issued before they were kept (the current ones then apply). */
  appeal?: AppealPeriods;
}

/** 返還: what is owed, by when, and the interest it carries, as the program set it when the notice was issued. */
export interface RefundTerms {
  principal: Yen;
  dueOn: IsoDate;
  /** 加算金 from the day the money was received; only after 交付決定の取消. */
  additionPerYear: Fraction | null;
  /** 延滞金 once the due date has passed. */
  delinquencyPerYear: Fraction;
}

/** The figures of each kind of notice, read from the case after the event that issued it. */
export type NoticeParticulars =
  | { kind: 'acceptance'; requestedAmount: Yen | null; standardProcessingDays: number }
  | { kind: 'correctionRequest'; subject: 'application' | 'report'; reason: string; dueOn: IsoDate | null }
  | {
      kind: 'grantDecision';
      requestedAmount: Yen | null;
      decidedAmount: Yen;
      conditions: string[];
      /** Last day of 申請の取下げ for an applicant who does not accept the amount or conditions. */
      withdrawableUntil: IsoDate;
    }
  | { kind: 'rejectionDecision'; requestedAmount: Yen | null; reasons: string[] }
  | { kind: 'changeApproval'; previousDecidedAmount: Yen | null; decidedAmount: Yen }
  | { kind: 'discontinuationApproval'; decidedAmount: Yen | null; paidAmount: Yen; reportDueOn: IsoDate | null }
  | {
      kind: 'revocation';
      decidedOn: IsoDate | null;
      decidedAmount: Yen | null;
      reason: string;
      /** Null when nothing had been paid. */
      refund: RefundTerms | null;
      refundOrderNumber: string | null;
    }
  | { kind: 'amountConfirmation'; decidedAmount: Yen | null; confirmedAmount: Yen; paidAmount: Yen; refundOrderNumber: string | null }
  | {
      kind: 'refundOrder';
      /** The act the refund follows, and that act's notice number. */
      cause: 'amountConfirmation' | 'revocation';
      causeNoticeNumber: string;
      refund: RefundTerms;
    };

/**
 * A notice as issued, stored with it as JSON: everything its document shows, frozen at
 * issue so the document never changes when the case later does.
 */
export type NoticeContent = NoticeHeading & NoticeParticulars;

