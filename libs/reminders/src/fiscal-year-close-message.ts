import { formatEraDate } from '#libs/calendar';
import type { CaseRole } from '#libs/lifecycle';
import type { FiscalYearCloseReport } from './fiscal-year-close-report.js';

export interface FiscalYearCloseMessageInput {
  /** What this recipient may see of the municipality's report. */
  report: FiscalYearCloseReport;
  recipient: { displayName: string; role: CaseRole };
  /** The municipality, as the sender. */
  tenantName: string;
}

/** What each role reported to should do before the accounts close. */
const TODO: Partial<Record<CaseRole, string>> & { default: string } = {
  default: '各案件の状況を確認し、出納閉鎖日までに精算を済ませてください。',
  finance: '支払と返還金の収納に記録漏れがないか確認し、出納閉鎖日までに精算払と返還金の収納を済ませてください。',
  officer: '実績報告の提出・確認や額の確定の手続を進め、出納閉鎖日までに精算できるよう申請団体と調整してください。',
};

/**
 * 未精算案件のお知らせ: the same Japanese text in-app and by e-mail, e.g. the subject
 * 令和7年度 未精算案件のお知らせ（出納整理期間は令和8年5月31日まで）.
 */
export function fiscalYearCloseMessage({ report, recipient, tenantName }: FiscalYearCloseMessageInput): { subject: string; body: string } {
  const byProgram = report.byProgram.map(
    (program) =>
      `・${program.programName}：${program.count}件（${program.byState.map((state) => `${state.stateJa} ${state.count}件`).join('、')}）`,
  );
  const cases = report.cases.map((entry) =>
    [
      `・${entry.caseNumber ?? '未採番'}`,
      entry.organizationName,
      entry.programName,
      entry.stateJa,
      `交付決定額 ${entry.decidedAmount === null ? '未決定' : yen(entry.decidedAmount)}`,
      ...(entry.confirmedAmount === null ? [] : [`確定額 ${yen(entry.confirmedAmount)}`]),
      `支払済額 ${yen(entry.paidAmount)}`,
      ...(entry.refundedAmount === 0 ? [] : [`返還済額 ${yen(entry.refundedAmount)}`]),
    ].join('　'),
  );
  return {
    subject: `${report.fiscalYearLabel} 未精算案件のお知らせ（出納整理期間は${report.accountsCloseOnEra}まで）`,
    body: lines(
      `${recipient.displayName} 様`,
      '',
      `${report.fiscalYearLabel}の補助金案件のうち、精算が済んでいない案件が${report.unsettledCount}件あります（${formatEraDate(report.asOf)}現在）。`,
      `出納整理期間は${report.accountsCloseOnEra}（${report.accountsCloseOn}）までです。${daysLeftText(report.daysUntilClose)}`,
      '',
      'お願いしたいこと：',
      TODO[recipient.role] ?? TODO.default,
      '',
      '■ 補助事業別の件数',
      ...byProgram,
      '',
      '■ 未精算の案件',
      ...cases,
      '',
      'このメールは送信専用です。ご不明な点は担当課までお問い合わせください。',
      `${tenantName} 地域協働 補助金システム`,
    ),
  };
}

function daysLeftText(daysLeft: number): string {
  if (daysLeft > 0) return `出納閉鎖まであと${daysLeft}日です。`;
  return daysLeft === 0 ? '本日が出納閉鎖日です。' : '出納閉鎖日を過ぎています。';
}

/** 60000 → 60,000円 */
function yen(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, ',')}円`;
}

function lines(...texts: string[]): string {
  return `${texts.join('\n')}\n`;
}
