import { accountsCloseDate, addDays, compareIsoDates, fiscalYearOf, fiscalYearStart, type IsoDate, type MunicipalCalendar } from '#libs/calendar';

/** 31 May back to 1 April: earlier, the fiscal year has not ended yet and its report says nothing final. */
const MAX_REPORT_DAYS_BEFORE_CLOSE = 60;

/**
 * The days the 未精算案件 report of `fiscalYear` goes out (docs/domain.md §5, §6): `daysBefore`
 * calendar days before the accounts close on 31 May (出納閉鎖日), and the close day itself.
 * A day the municipality is closed moves to the previous open day, not the next: the report
 * warns the office while a working day is left to settle, and the close does not wait for a
 * weekend to pass (FY2025 closes on Sunday 2026-05-31: its close-day report goes out on Friday
 * 05-29). Never before 1 April of the following year: a day moved back past it goes to the
 * first open day from 1 April. Earliest first, each day once.
 */
export function fiscalYearCloseReportDays(fiscalYear: number, daysBefore: readonly number[], calendar: MunicipalCalendar): IsoDate[] {
  for (const days of daysBefore) {
    if (!Number.isInteger(days) || days < 0 || days > MAX_REPORT_DAYS_BEFORE_CLOSE) {
      throw new RangeError(`days before the accounts close must be whole numbers from 0 to ${MAX_REPORT_DAYS_BEFORE_CLOSE} (got ${days})`);
    }
  }
  const close = accountsCloseDate(fiscalYear);
  const firstDayAfterYear = fiscalYearStart(fiscalYear + 1);
  const days = [0, ...daysBefore].map((before) => previousOpenDay(addDays(close, -before), firstDayAfterYear, calendar));
  return [...new Set(days)].sort(compareIsoDates);
}

/**
 * The fiscal year whose report goes out on `today`, or null when `today` is not a report day.
 * Only the year that ended on the last 31 March can be closing.
 */
export function fiscalYearReportedOn(today: IsoDate, daysBefore: readonly number[], calendar: MunicipalCalendar): number | null {
  const fiscalYear = fiscalYearOf(today) - 1;
  return fiscalYearCloseReportDays(fiscalYear, daysBefore, calendar).includes(today) ? fiscalYear : null;
}

function previousOpenDay(date: IsoDate, earliest: IsoDate, calendar: MunicipalCalendar): IsoDate {
  let candidate = date;
  while (calendar.isClosed(candidate)) {
    candidate = addDays(candidate, -1);
    if (compareIsoDates(candidate, earliest) < 0) return calendar.nextOpenDay(earliest);
  }
  return candidate;
}
