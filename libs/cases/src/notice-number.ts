import { fiscalYearEraCode } from '#libs/calendar';
import type { NoticeKind } from '#libs/lifecycle';

/** Short labels for notices the office numbers itself (no number in the event): R7-受理-0003. */
const NOTICE_PREFIX: Record<NoticeKind, string> = {
  acceptance: '受理',
  correctionRequest: '補正',
  grantDecision: '交付',
  rejectionDecision: '不交付',
  changeApproval: '変更',
  discontinuationApproval: '中止',
  revocation: '取消',
  amountConfirmation: '確定',
  refundOrder: '返還',
};

export const noticeNumberScope = (kind: NoticeKind, fiscalYear: number) => `notice:${fiscalYear}:${kind}`;

export function formatNoticeNumber(kind: NoticeKind, fiscalYear: number, sequence: number): string {
  return `${fiscalYearEraCode(fiscalYear)}-${NOTICE_PREFIX[kind]}-${String(sequence).padStart(4, '0')}`;
}
