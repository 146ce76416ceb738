import type { IsoDate } from '#libs/calendar';

/**
 * The `reminder_key` of one fiscal-year close report of one municipality: with the recipient and
 * the channel it makes the delivery's unique key, so a job run twice, retried or re-run the same
 * day sends each report to each person once. Free of ':' like every other key.
 */
export function fiscalYearCloseReportKey(tenantId: string, fiscalYear: number, reportDay: IsoDate): string {
  return `fiscal-year-close-${tenantId}-${fiscalYear}-${reportDay}`;
}
