import type { FiscalYearCloseReport } from './fiscal-year-close-report.js';

const HEADER = ['年度', '案件番号', '団体名', '補助事業', '状態', '交付決定額', '確定額', '支払済額', '返還済額'];

/**
 * The report's cases as CSV that Excel opens as it is (docs/domain.md §8): UTF-8 with a BOM (without
 * it Excel reads Shift_JIS and garbles the Japanese), CRLF line ends, one case a row, amounts as
 * plain whole numbers, an empty cell where there is no amount yet. A text cell that starts like a
 * formula (= + - @) is prefixed with ' so a spreadsheet shows it instead of running it.
 */
export function fiscalYearCloseCsv(report: FiscalYearCloseReport): string {
  const rows = report.cases.map((entry) => [
    report.fiscalYearLabel,
    text(entry.caseNumber ?? ''),
    text(entry.organizationName),
    text(entry.programName),
    text(entry.stateJa),
    entry.decidedAmount ?? '',
    entry.confirmedAmount ?? '',
    entry.paidAmount,
    entry.refundedAmount,
  ]);
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string | number): string {
  const written = String(value);
  return /[",\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
}
