import { assertWholeNumber } from './assert-whole-number.js';
import { assertIsoDate } from './is-iso-date.js';
import type { IsoDate } from './iso-date.js';
import { isoDateFromParts, isoDateParts } from './iso-date-parts.js';
import { tokyoDateOf } from './tokyo-date-of.js';

/*
 * 年度 (fiscal year) of a Japanese municipality: 1 April to 31 March, named by the
 * calendar year it begins in (FY2025 = 2025-04-01 … 2026-03-31).
 */

const FIRST_MONTH_OF_FISCAL_YEAR = 4;

/** The fiscal year `date` falls in: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export function fiscalYearOf(date: IsoDate): number {
  assertIsoDate(date, 'date');
  const { year, month } = isoDateParts(date);
  return month >= FIRST_MONTH_OF_FISCAL_YEAR ? year : year - 1;
}

/** The fiscal year at `instant`, judged by the date in Tokyo (2026-03-31T15:00Z is FY2026). */
export function fiscalYearOfInstant(instant: Date): number {
  return fiscalYearOf(tokyoDateOf(instant));
}

/** 1 April of `fiscalYear`. */
export function fiscalYearStart(fiscalYear: number): IsoDate {
  assertWholeNumber(fiscalYear, 'fiscalYear', 1);
  return isoDateFromParts({ year: fiscalYear, month: 4, day: 1 });
}

/** 31 March of the following calendar year. */
export function fiscalYearEnd(fiscalYear: number): IsoDate {
  assertWholeNumber(fiscalYear, 'fiscalYear', 1);
  return isoDateFromParts({ year: fiscalYear + 1, month: 3, day: 31 });
}
