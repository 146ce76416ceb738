import { assertWholeNumber } from './assert-whole-number.js';
import { isoDateFromParts } from './iso-date-parts.js';
import { japaneseEraYearOf } from './japanese-era-year.js';

/**
 * 年度 in the Japanese era, as notices print it: 2025 → 令和7年度, 2019 → 令和元年度,
 * 2018 → 平成30年度. A fiscal year takes the era in force on 31 December of the calendar
 * year it begins in, so a year during which an era began is named in the new era
 * (FY2019 began under 平成 but is 令和元年度; FY1988 ended under 平成 but is 昭和63年度).
 */
export function fiscalYearLabel(fiscalYear: number): string {
  assertWholeNumber(fiscalYear, 'fiscalYear', 1);
  const { era, year } = japaneseEraYearOf(isoDateFromParts({ year: fiscalYear, month: 12, day: 31 }));
  return `${era}${year}年度`;
}
