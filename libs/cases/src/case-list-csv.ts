import { fiscalYearLabel, tokyoDateTimeOf } from '#libs/calendar';
import { csvDocument } from '#libs/csv';
import type { CaseSummary } from './case-summary.js';

const HEADER = ['受付番号', '制度', '団体', '地区', '年度', '状況', '申請額', '交付決定額', '確定額', '期限切れ', '次の期限', '更新日時'];

/**
 * The officers' case list as CSV for Excel (GET /cases/export.csv): one case a row in the list's
 * order, amounts as plain whole numbers (empty until there is one), 年度 in the era, the next
 * deadline as its date, and the last change in Tokyo time to the minute.
 */
export function caseListCsv(cases: readonly CaseSummary[]): string {
  const rows = cases.map((summary) => [
    summary.caseNumber,
    summary.programName,
    summary.organization.name,
    summary.organization.area,
    fiscalYearLabel(summary.fiscalYear),
    summary.state.ja,
    summary.amounts.requested,
    summary.amounts.decided,
    summary.amounts.confirmed,
    summary.overdue ? 'はい' : 'いいえ',
    summary.nextDeadline?.dueOn ?? null,
    tokyoDateTimeOf(new Date(summary.updatedAt)),
  ]);
  return csvDocument([HEADER, ...rows]);
}
