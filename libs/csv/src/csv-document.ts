/** A cell of a CSV row: text, a whole number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

/**
 * Rows as a CSV file that Excel opens as it is: UTF-8 with a BOM (without it Excel reads
 * Shift_JIS and garbles the Japanese), CRLF after every row, a field quoted as RFC 4180 says
 * when it holds a comma, a quote or a line break. A text that starts like a formula (= + - @,
 * a tab or CR) gets a leading ' so a spreadsheet shows it instead of running it (CSV
 * injection); numbers are written as they are, so −1 stays a number.
 */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `\uFEFF${rows.map((row) => `${row.map(field).join(',')}\r\n`).join('')}`;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const written = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
}
