import type { NoticeKind } from '#libs/lifecycle';

/** The title each kind of notice carries, as the municipality's forms name them. */
export const NOTICE_TITLES: Readonly<Record<NoticeKind, string>> = {
  acceptance: '受理通知書',
  correctionRequest: '補正依頼書',
  grantDecision: '交付決定通知書',
  rejectionDecision: '不交付決定通知書',
  changeApproval: '変更承認通知書',
  discontinuationApproval: '中止（廃止）承認通知書',
  revocation: '交付決定取消通知書',
  amountConfirmation: '額の確定通知書',
  refundOrder: '返還命令書',
};
