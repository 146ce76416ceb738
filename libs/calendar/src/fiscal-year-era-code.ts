import { assertWholeNumber } from './assert-whole-number.js';
import { isoDateFromParts } from './iso-date-parts.js';
import { tokyoStartOfDay } from './tokyo-day-bounds.js';

// ICU's narrow era in English is the initial clerks write in numbers: R(令和), H(平成), S(昭和).
const narrowEraYear = new Intl.DateTimeFormat('en-u-ca-japanese', { era: 'narrow', year: 'numeric', timeZone: 'Asia/Tokyo' });

/**
 * 年度 as case numbers abbreviate it: 2025 → R7, 2019 → R1, 2018 → H30. Same era rule as
 * `fiscalYearLabel`: the era in force on 31 December of the year the fiscal year begins in.
 */
export function fiscalYearEraCode(fiscalYear: number): string {
  assertWholeNumber(fiscalYear, 'fiscalYear', 1);
  const parts = narrowEraYear.formatToParts(tokyoStartOfDay(isoDateFromParts({ year: fiscalYear, month: 12, day: 31 })));
  const valueOf = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${valueOf('era')}${valueOf('year')}`;
}
