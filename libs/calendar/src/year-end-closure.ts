import type { IsoDate } from './iso-date.js';
import { isoDateParts } from './iso-date-parts.js';

/** 年末年始: 29 December – 3 January, as the municipalities' 休日条例 set it. */
export function isYearEndClosure(date: IsoDate): boolean {
  const { month, day } = isoDateParts(date);
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}
