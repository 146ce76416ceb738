import type { LocalizedText } from '#libs/errors';
import type { CaseEventType, PaymentKind } from './case-event.js';

/** What each event is called where a person reads it: a button, a refusal, a to-do. */
export const CASE_EVENT_LABELS: Readonly<Record<CaseEventType, LocalizedText>> = {
  OPEN_CONSULTATION: { ja: '相談の申込み', en: 'open a consultation' },
  ADD_NOTE: { ja: '相談記録の追加', en: 'add a note' },
  CONCLUDE_CONSULTATION: { ja: '相談の終了', en: 'conclude the consultation' },
  CLOSE_WITHOUT_APPLICATION: { ja: '申請せずに終了', en: 'close without an application' },
  START_APPLICATION: { ja: '申請書の作成開始', en: 'start the application' },
  SUBMIT: { ja: '申請書の提出', en: 'submit the application' },
  RESUBMIT: { ja: '申請書の再提出', en: 'resubmit the application' },
  ACCEPT: { ja: '受理', en: 'accept the filing' },
  RETURN_FOR_CORRECTION: { ja: '差戻し（補正依頼）', en: 'return for correction' },
  WITHDRAW: { ja: '申請の取下げ', en: 'withdraw the application' },
  ASSIGN_REVIEWER: { ja: '審査員の割当て', en: 'assign a reviewer' },
  AFFIRM_NO_CONFLICT: { ja: '利益相反なしの申告', en: 'declare no conflict of interest' },
  SUBMIT_REVIEW: { ja: '審査結果の提出', en: 'submit a review' },
  DECLARE_CONFLICT: { ja: '利益相反の申告', en: 'declare a conflict of interest' },
  DECIDE_GRANT: { ja: '交付決定', en: 'decide the grant' },
  DECIDE_REJECT: { ja: '不交付決定', en: 'reject the application' },
  START_PROJECT: { ja: '事業の着手', en: 'start the project' },
  REQUEST_ADVANCE: { ja: '前金払・概算払の請求', en: 'request an advance payment' },
  RECORD_PAYMENT: { ja: '支払の記録', en: 'record a payment' },
  REQUEST_CHANGE: { ja: '変更承認申請', en: 'request a change' },
  NOTIFY_MINOR_CHANGE: { ja: '軽微な変更の届出', en: 'notify a minor change' },
  APPROVE_CHANGE: { ja: '変更の承認', en: 'approve the change' },
  REJECT_CHANGE: { ja: '変更の不承認', en: 'refuse the change' },
  REQUEST_DISCONTINUE: { ja: '中止・廃止承認申請', en: 'request discontinuation' },
  APPROVE_DISCONTINUE: { ja: '中止・廃止の承認', en: 'approve the discontinuation' },
  REJECT_DISCONTINUE: { ja: '中止・廃止の不承認', en: 'refuse the discontinuation' },
  REVOKE: { ja: '交付決定の取消', en: 'revoke the grant' },
  COMPLETE_PROJECT: { ja: '事業完了の報告', en: 'report the project complete' },
  SUBMIT_REPORT: { ja: '実績報告書の提出', en: 'submit the performance report' },
  RETURN_REPORT: { ja: '実績報告の差戻し', en: 'return the performance report' },
  CONFIRM_AMOUNT: { ja: '額の確定', en: 'confirm the amount' },
  RECORD_REFUND: { ja: '返還金の収納の記録', en: 'record a refund' },
};

export const PAYMENT_KIND_LABELS: Readonly<Record<PaymentKind, LocalizedText>> = {
  prepayment: { ja: '前金払', en: 'prepayment' },
  estimatedPayment: { ja: '概算払', en: 'estimated payment' },
  finalPayment: { ja: '精算払', en: 'final payment' },
};
