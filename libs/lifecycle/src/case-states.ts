import type { StateValue } from 'xstate';

/** Every state a case can be in, as users read it (the API shows both languages). */
export const CASE_STATE_LABELS = {
  new: { ja: '新規', en: 'New' },
  'consultation.open': { ja: '相談中', en: 'Consultation open' },
  'consultation.concluded': { ja: '相談終了', en: 'Consultation concluded' },
  'application.draft': { ja: '申請書作成中', en: 'Application draft' },
  'application.submitted': { ja: '申請済み（受理前）', en: 'Application submitted' },
  'application.returned': { ja: '差戻し中', en: 'Returned for correction' },
  'review.inReview': { ja: '審査中', en: 'In review' },
  'review.awaitingDecision': { ja: '決裁待ち', en: 'Awaiting decision' },
  'grant.decided': { ja: '交付決定済み', en: 'Grant decided' },
  'grant.inProgress': { ja: '事業実施中', en: 'Project in progress' },
  'grant.changeRequested': { ja: '変更承認申請中', en: 'Change requested' },
  'grant.discontinueRequested': { ja: '中止・廃止承認申請中', en: 'Discontinuation requested' },
  'settlement.reportDue': { ja: '実績報告待ち', en: 'Performance report due' },
  'settlement.reportSubmitted': { ja: '実績報告確認中', en: 'Performance report submitted' },
  'settlement.paymentDue': { ja: '精算払待ち', en: 'Final payment due' },
  'settlement.refundDue': { ja: '返還待ち', en: 'Refund due' },
  'revocation.refundDue': { ja: '交付決定取消・返還待ち', en: 'Revoked, refund due' },
  closed: { ja: '完了', en: 'Closed' },
  closedWithoutApplication: { ja: '相談のみで終了', en: 'Closed without application' },
  withdrawn: { ja: '取下げ', en: 'Withdrawn' },
  rejected: { ja: '不交付', en: 'Rejected' },
  revoked: { ja: '取消', en: 'Revoked' },
} as const satisfies Record<string, { ja: string; en: string }>;

export type CaseStateCode = keyof typeof CASE_STATE_LABELS;

/** The phases (composite states) the atomic states group into. */
export const CASE_PHASE_LABELS = {
  consultation: { ja: '相談', en: 'Consultation' },
  application: { ja: '申請', en: 'Application' },
  review: { ja: '審査', en: 'Review' },
  grant: { ja: '交付', en: 'Grant' },
  settlement: { ja: '精算', en: 'Settlement' },
  revocation: { ja: '取消', en: 'Revocation' },
} as const satisfies Record<string, { ja: string; en: string }>;

/** `{ application: 'draft' }` → `application.draft`: the state as stored, filtered on and shown. */
export function stateCode(value: StateValue): CaseStateCode {
  const path: string[] = [];
  let node: StateValue = value;
  while (typeof node !== 'string') {
    const [key, child] = Object.entries(node)[0] as [string, StateValue];
    path.push(key);
    node = child;
  }
  path.push(node);
  return path.join('.') as CaseStateCode;
}
