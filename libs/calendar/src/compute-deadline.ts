import { CalendarErrorCode, CalendarException } from './calendar.exception.js';
import type { DeadlineRule } from './deadline-rule.js';
import { fiscalYearEnd, fiscalYearOf } from './fiscal-year.js';
import { assertIsoDate } from './is-iso-date.js';
import { addDays, compareIsoDates } from './iso-date-arithmetic.js';
import type { IsoDate } from './iso-date.js';
import { isoDateFromParts, isoDateParts } from './iso-date-parts.js';
import type { MunicipalCalendar } from './municipal-calendar.js';
import { validateDeadlineRule } from './validate-deadline-rule.js';

/**
 * The deadline `rule` sets for something that happened on `from`, always an open day of
 * `calendar`: the rule's date, moved forward when the office is closed that day
 * (地方自治法 第4条の2 第4項). For earliestOf the earliest raw date is moved, once.
 */
export function computeDeadline(rule: DeadlineRule, from: IsoDate, calendar: MunicipalCalendar): IsoDate {
  assertIsoDate(from, 'from');
  const problems = validateDeadlineRule(rule);
  if (problems.length > 0) {
    throw new CalendarException(CalendarErrorCode.InvalidDeadlineRule, problems.map((each) => each.text.en).join('; '));
  }
  return calendar.nextOpenDay(dateBeforeClosures(rule, from, calendar));
}

function dateBeforeClosures(rule: DeadlineRule, from: IsoDate, calendar: MunicipalCalendar): IsoDate {
  switch (rule.kind) {
    case 'daysAfter':
      return addDays(from, rule.days);
    case 'openDaysAfter':
      return calendar.addOpenDays(from, rule.days);
    case 'fixedDateAfterFiscalYearEnd':
      return firstMonthDayAfter(fiscalYearEnd(fiscalYearOf(from)), rule.month, rule.day);
    case 'onDate':
      return rule.date;
    case 'earliestOf':
      return rule.rules
        .map((subRule) => dateBeforeClosures(subRule, from, calendar))
        .reduce((earliest, date) => (compareIsoDates(date, earliest) < 0 ? date : earliest));
  }
}

/** The first `month`/`day` strictly after `date`: 10 April after 2026-03-31 is 2026-04-10. */
function firstMonthDayAfter(date: IsoDate, month: number, day: number): IsoDate {
  const { year } = isoDateParts(date);
  const sameYear = isoDateFromParts({ year, month, day });
  return compareIsoDates(sameYear, date) > 0 ? sameYear : isoDateFromParts({ year: year + 1, month, day });
}
