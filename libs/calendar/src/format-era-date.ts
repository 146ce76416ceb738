import { assertIsoDate } from './is-iso-date.js';
import type { IsoDate } from './iso-date.js';
import { isoDateParts } from './iso-date-parts.js';
import { japaneseEraYearOf } from './japanese-era-year.js';

/** 和暦 in the era of that very day: 2019-04-30 → 平成31年4月30日, 2019-05-01 → 令和元年5月1日. */
export function formatEraDate(date: IsoDate): string {
  assertIsoDate(date, 'date');
  const { era, year } = japaneseEraYearOf(date);
  const { month, day } = isoDateParts(date);
  return `${era}${year}年${month}月${day}日`;
}
