import { assertWholeNumber } from './assert-whole-number.js';
import { addDays } from './iso-date-arithmetic.js';
import type { IsoDate } from './iso-date.js';
import { isoDateFromParts } from './iso-date-parts.js';
import { nationalHolidayNameOn } from './national-holiday-name.js';
import { isYearEndClosure } from './year-end-closure.js';

/** A day every municipal office of Japan is closed on besides Saturdays and Sundays, with its name. */
export interface Holiday {
  date: IsoDate;
  /** The national holiday's name ('こどもの日 振替休日'), or '年末年始'. */
  name: string;
}

/**
 * The holidays of one calendar year in date order: national holidays (国民の祝日・休日, named
 * first where one falls in 年末年始, as `MunicipalCalendar.closureReason` names them) and the
 * days of 年末年始. Weekends are left out: a calendar shows them by their column.
 */
export function holidaysOfYear(year: number): Holiday[] {
  assertWholeNumber(year, 'year', 1);
  const holidays: Holiday[] = [];
  const end = isoDateFromParts({ year, month: 12, day: 31 });
  for (let date = isoDateFromParts({ year, month: 1, day: 1 }); date <= end; date = addDays(date, 1)) {
    const name = nationalHolidayNameOn(date) ?? (isYearEndClosure(date) ? '年末年始' : null);
    if (name !== null) holidays.push({ date, name });
  }
  return holidays;
}
