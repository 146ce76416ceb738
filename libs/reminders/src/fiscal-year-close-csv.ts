import { csvDocument } from '#libs/csv';
import type { FiscalYearCloseReport } from './fiscal-year-close-report.js';

const HEADER = ['年度', '案件番号', '団体名', '補助事業', '状態', '交付決定額', '確定額', '支払済額', '返還済額'];

/**
 * The report's cases as CSV that Excel opens as it is (docs/domain.md §8; `csvDocument` says how):
 * one case a row, amounts as plain whole numbers, an empty cell where there is no amount yet.
 */
export function fiscalYearCloseCsv(report: FiscalYearCloseReport): string {
  const rows = report.cases.map((entry) => [
    report.fiscalYearLabel,
    entry.caseNumber,
    entry.organizationName,
    entry.programName,
    entry.stateJa,
    entry.decidedAmount,
    entry.confirmedAmount,
    entry.paidAmount,
    entry.refundedAmount,
  ]);
  return csvDocument([HEADER, ...rows]);
}
