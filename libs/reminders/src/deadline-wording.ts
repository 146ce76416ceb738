import type { CaseRole, DeadlineKind } from '#libs/lifecycle';

/** How a message names a deadline and what the recipient should do about it. */
export interface DeadlineWording {
  /** What is due, as a noun phrase: 実績報告書の提出. */
  what: string;
  /** What to do, for a role reminded of it. */
  todo: Partial<Record<CaseRole, string>> & { default: string };
  /** What the role it escalates to should do once it passed, when `ESCALATION_TODO`'s words for that role do not fit this deadline. */
  escalation?: string;
}

/** Every kind of deadline of docs/domain.md §6, in the words of the municipal office. */
export const DEADLINE_WORDING: Readonly<Record<DeadlineKind, DeadlineWording>> = {
  applicationWindowCloses: {
    what: '募集期間の締切（交付申請書の提出）',
    todo: { default: '下書きのままの交付申請書を確認し、締切までに提出してください。締切を過ぎると提出できません。' },
  },
  correctionDue: {
    what: '補正（差戻し）への対応',
    todo: { default: '補正依頼の内容を確認し、申請書類を修正して再提出してください。' },
  },
  reviewDue: {
    what: '審査（評価の入力）',
    todo: { default: '担当する申請の審査を行い、評価とコメントを入力してください。利益相反がある場合はその旨を申し出てください。' },
  },
  decisionDue: {
    what: '交付・不交付の決定（標準処理期間）',
    todo: {
      default: '審査結果を確認し、交付または不交付を決定してください。',
      officer: '審査の進み具合を確認し、決裁が期限内に済むよう手配してください。',
    },
    escalation: '標準処理期間を過ぎても交付・不交付が決まっていません。担当職員に遅れの理由を確かめ、決裁を急いでください。',
  },
  advancePaymentDue: {
    what: '前金払（概算払）の支払',
    todo: { default: '承認された前金払の支払を行い、支払日と金額を記録してください。' },
  },
  reportDue: {
    what: '実績報告書の提出',
    todo: { default: '実績報告書・収支決算書・領収書の写しなどを提出してください。' },
  },
  reportCorrectionDue: {
    what: '実績報告の補正',
    todo: { default: '差し戻された実績報告の内容を確認し、修正して再提出してください。' },
  },
  finalPaymentDue: {
    what: '精算払の支払',
    todo: { default: '額の確定に基づく補助金の支払を行い、支払日と金額を記録してください。' },
  },
  refundDue: {
    what: '返還金の納付',
    todo: {
      default: '返還命令に基づく返還金を納付期限までに納付してください。',
      finance: '返還金の収納状況を確認し、収納したら記録してください。',
    },
  },
};

/** The roles as the people in the office and the organizations call them. */
export const ROLE_LABELS: Readonly<Record<CaseRole, string>> = {
  applicant: '申請団体',
  officer: '担当職員',
  reviewer: '審査員',
  approver: '決裁権者',
  finance: '会計担当',
  admin: 'システム管理者',
};

/** What the person escalated to should do, by their role. */
export const ESCALATION_TODO: Partial<Record<CaseRole, string>> & { default: string } = {
  default: '状況を確認し、必要な対応を取ってください。',
  officer: '対応が遅れている方に連絡して状況を確認し、督促や期限の再設定など必要な対応を取ってください。',
  approver: '返還の状況を確認し、督促など今後の対応を決めてください。',
};
