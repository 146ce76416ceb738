import type { DeadlineKind } from '#libs/lifecycle';
import type { CaseNewsFacts } from './case-news-facts.js';

/**
 * Who is told: the applicant organization's members; the officers, approvers or finance staff
 * who may see the case; or the one reviewer the event names.
 */
export type Audience = 'applicantMembers' | 'officers' | 'approvers' | 'finance' | 'assignedReviewer';

/** What one audience is told of one event, before it is put into words for a person (`caseNewsMessage`). */
export interface CaseNews {
  audience: Audience;
  /** What happened, as a subject line says it: 申請が差し戻されました. */
  headline: string;
  /** The facts that go with it: the reason, the amount, the conditions. */
  details: string[];
  /** What the person must do next; null when nothing is asked of them. */
  next: string | null;
  /** The open deadline that says by when. */
  dueKind: DeadlineKind | null;
}

interface Row {
  audience: Audience;
  /** Whether this event is news to the audience. */
  when: (facts: CaseNewsFacts) => boolean;
  news: (facts: CaseNewsFacts) => Omit<CaseNews, 'audience'>;
}

const yen = (amount: number | null) => (amount === null ? '—' : `${amount.toLocaleString('ja-JP')}円`);
const text = (facts: CaseNewsFacts, field: string): string => String(facts.payload[field] ?? '').trim();
const list = (facts: CaseNewsFacts, field: string): string[] => (Array.isArray(facts.payload[field]) ? (facts.payload[field] as unknown[]).map(String) : []);
const is = (...types: CaseNewsFacts['eventType'][]) => (facts: CaseNewsFacts) => types.includes(facts.eventType);
const reasonLine = (facts: CaseNewsFacts) => [`理由：${text(facts, 'reason')}`];
const reduced = (facts: CaseNewsFacts) => facts.decidedAmount !== null && facts.requestedAmount !== null && facts.decidedAmount < facts.requestedAmount;
const refundOrdered = (facts: CaseNewsFacts) => facts.stateAfter === 'settlement.refundDue' || facts.stateAfter === 'revocation.refundDue';

/**
 * Who hears what, one row per audience and event: the one table the worker reads to tell people
 * of what happened on a case (issue 15). An event that is news to nobody has no row; the one who
 * did it is not told (the handler leaves the actor out).
 */
export const WHO_HEARS_WHAT: readonly Row[] = [
  // The applicant organization
  {
    audience: 'applicantMembers',
    when: is('ACCEPT'),
    news: (facts) => ({ headline: '申請を受理しました', details: [`受付番号：${facts.caseNumber ?? '—'}`], next: '審査の結果が出るまでお待ちください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: is('RETURN_FOR_CORRECTION'),
    news: (facts) => ({ headline: '申請が差し戻されました（補正のお願い）', details: reasonLine(facts), next: '理由を確認し、申請書類を直して再提出してください。', dueKind: 'correctionDue' }),
  },
  {
    audience: 'applicantMembers',
    when: is('DECIDE_GRANT'),
    news: (facts) => ({
      headline: reduced(facts) ? '修正交付決定がありました（申請額から減額）' : '交付決定がありました',
      details: [
        `交付決定額：${yen(facts.decidedAmount)}`,
        ...(reduced(facts) ? [`申請額：${yen(facts.requestedAmount)}`] : []),
        ...list(facts, 'conditions').map((condition) => `条件：${condition}`),
      ],
      next: '交付決定通知書を確認し、事業を進めてください。',
      dueKind: null,
    }),
  },
  {
    audience: 'applicantMembers',
    when: is('DECIDE_REJECT'),
    news: (facts) => ({ headline: '不交付決定がありました', details: list(facts, 'reasons').map((reason) => `理由：${reason}`), next: '不交付決定通知書で理由と不服申立ての方法を確認してください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: is('APPROVE_CHANGE'),
    news: (facts) => ({ headline: '変更承認申請が承認されました', details: [`変更後の交付決定額：${yen(facts.decidedAmount)}`], next: '変更承認通知を確認し、変更後の計画で事業を進めてください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: is('REJECT_CHANGE'),
    news: (facts) => ({ headline: '変更承認申請は承認されませんでした', details: reasonLine(facts), next: 'これまでの計画のとおり事業を進めてください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: is('APPROVE_DISCONTINUE'),
    news: () => ({ headline: '事業の中止・廃止が承認されました', details: [], next: '中止・廃止承認通知を確認してください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: is('REJECT_DISCONTINUE'),
    news: (facts) => ({ headline: '事業の中止・廃止は承認されませんでした', details: reasonLine(facts), next: 'これまでの計画のとおり事業を進めてください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: is('RETURN_REPORT'),
    news: (facts) => ({ headline: '実績報告が差し戻されました（補正のお願い）', details: reasonLine(facts), next: '理由を確認し、実績報告を直して再提出してください。', dueKind: 'reportCorrectionDue' }),
  },
  {
    audience: 'applicantMembers',
    when: is('CONFIRM_AMOUNT'),
    news: (facts) =>
      refundOrdered(facts)
        ? { headline: '補助金の額が確定し、返還命令がありました', details: [`確定額：${yen(facts.confirmedAmount)}`], next: '額の確定通知書と返還命令を確認し、期限までに返還金を納付してください。', dueKind: 'refundDue' }
        : { headline: '補助金の額が確定しました（額の確定）', details: [`確定額：${yen(facts.confirmedAmount)}`], next: '額の確定通知書を確認してください。', dueKind: null },
  },
  {
    audience: 'applicantMembers',
    when: is('REVOKE'),
    news: (facts) => ({
      headline: refundOrdered(facts) ? '交付決定が取り消され、返還命令がありました' : '交付決定が取り消されました',
      details: reasonLine(facts),
      next: refundOrdered(facts) ? '取消通知と返還命令を確認し、期限までに返還金を納付してください。' : '交付決定取消通知を確認してください。',
      dueKind: refundOrdered(facts) ? 'refundDue' : null,
    }),
  },
  {
    audience: 'applicantMembers',
    when: is('RECORD_PAYMENT'),
    news: (facts) => ({ headline: '補助金を支払いました', details: [`支払額：${yen(Number(facts.payload.amount))}`, `支払日：${text(facts, 'paidOn')}`], next: '口座への入金を確認してください。', dueKind: null }),
  },
  {
    audience: 'applicantMembers',
    when: (facts) => facts.eventType === 'ADD_NOTE' && facts.actorRole === 'officer',
    news: (facts) => ({ headline: '相談の記録に担当職員からの書き込みがありました', details: [text(facts, 'note')], next: '内容を確認してください。', dueKind: null }),
  },
  // Officers
  {
    audience: 'officers',
    when: is('SUBMIT'),
    news: () => ({ headline: '交付申請が提出されました', details: [], next: '申請書類を確認し、受理するか差し戻してください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('RESUBMIT'),
    news: () => ({ headline: '差し戻した申請が再提出されました', details: [], next: '直された申請書類を確認し、受理するか差し戻してください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('WITHDRAW'),
    news: (facts) => ({ headline: '申請が取り下げられました', details: reasonLine(facts), next: null, dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('DECLARE_CONFLICT'),
    news: (facts) => ({ headline: '審査員が利益相反を申し出ました', details: reasonLine(facts), next: '別の審査員を割り当ててください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('REQUEST_CHANGE'),
    news: () => ({ headline: '変更承認申請が提出されました', details: [], next: '変更の内容を確認し、決裁に回してください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('NOTIFY_MINOR_CHANGE'),
    news: () => ({ headline: '軽微な変更の届出がありました', details: [], next: '届け出られた変更の内容を確認してください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('REQUEST_DISCONTINUE'),
    news: (facts) => ({ headline: '事業の中止・廃止の承認申請が提出されました', details: reasonLine(facts), next: '内容を確認し、決裁に回してください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: is('SUBMIT_REPORT'),
    news: () => ({ headline: '実績報告が提出されました', details: [], next: '実績報告と領収書の写しを確認し、額の確定に回すか差し戻してください。', dueKind: null }),
  },
  {
    audience: 'officers',
    when: (facts) => facts.eventType === 'ADD_NOTE' && facts.actorRole === 'applicant',
    news: (facts) => ({ headline: '相談の記録に団体からの書き込みがありました', details: [text(facts, 'note')], next: '内容を確認し、必要なら返事を書いてください。', dueKind: null }),
  },
  // Reviewers
  {
    audience: 'assignedReviewer',
    when: is('ASSIGN_REVIEWER'),
    news: () => ({ headline: '審査の担当になりました', details: [], next: '利益相反がないことを確認してから申請を読み、評価を入力してください。', dueKind: 'reviewDue' }),
  },
  // Approvers
  {
    audience: 'approvers',
    when: (facts) => facts.stateAfter === 'review.awaitingDecision' && facts.stateBefore !== 'review.awaitingDecision',
    news: () => ({ headline: '審査が終わり、決裁を待っています', details: [], next: '審査結果を確認し、交付・不交付を決定してください。', dueKind: 'decisionDue' }),
  },
  {
    audience: 'approvers',
    when: is('REQUEST_CHANGE', 'REQUEST_DISCONTINUE'),
    news: (facts) => ({
      headline: facts.eventType === 'REQUEST_CHANGE' ? '変更承認申請が決裁を待っています' : '事業の中止・廃止の承認申請が決裁を待っています',
      details: facts.eventType === 'REQUEST_DISCONTINUE' ? reasonLine(facts) : [],
      next: '内容を確認し、承認するか承認しないかを決めてください。',
      dueKind: null,
    }),
  },
  // Finance
  {
    audience: 'finance',
    when: is('REQUEST_ADVANCE'),
    news: (facts) => ({ headline: '前金払（概算払）の請求がありました', details: [`請求額：${yen(Number(facts.payload.amount))}`], next: '支払を行い、支払日と金額を記録してください。', dueKind: 'advancePaymentDue' }),
  },
  {
    audience: 'finance',
    when: (facts) => facts.stateAfter === 'settlement.paymentDue' && facts.stateBefore !== 'settlement.paymentDue',
    news: (facts) => ({ headline: '額の確定により精算払が必要です', details: [`確定額：${yen(facts.confirmedAmount)}`], next: '精算払を行い、支払日と金額を記録してください。', dueKind: 'finalPaymentDue' }),
  },
  {
    audience: 'finance',
    when: (facts) => refundOrdered(facts) && facts.stateBefore !== facts.stateAfter,
    news: () => ({ headline: '返還命令が出されました（返還金の収納）', details: [], next: '返還金の収納状況を確認し、収納したら記録してください。', dueKind: 'refundDue' }),
  },
];

/** Everything one accepted event tells, audience by audience, as the table says. */
export function newsOf(facts: CaseNewsFacts): CaseNews[] {
  return WHO_HEARS_WHAT.filter((row) => row.when(facts)).map((row) => ({ audience: row.audience, ...row.news(facts) }));
}
