import { assertIsoDate } from './is-iso-date.js';
import type { IsoDate } from './iso-date.js';
import { isoDateParts } from './iso-date-parts.js';

/** 西暦 the Japanese way, for notices that print both calendars: 2025-06-01 → 2025年6月1日. */
export function formatWesternDate(date: IsoDate): string {
  assertIsoDate(date, 'date');
  const { year, month, day } = isoDateParts(date);
  return `${year}年${month}月${day}日`;
}
