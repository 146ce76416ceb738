import { fiscalYearEraCode } from '#libs/calendar';

/** The number clerks quote on the phone: R7-協働支援-0012 (docs/domain.md §7). */
export function formatCaseNumber(fiscalYear: number, programCode: string, sequence: number): string {
  return `${fiscalYearEraCode(fiscalYear)}-${programCode}-${String(sequence).padStart(4, '0')}`;
}
