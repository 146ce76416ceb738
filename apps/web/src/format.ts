import { formatEraDate } from '../../../libs/calendar/src/format-era-date.js';
import { isoDateFromParts } from '../../../libs/calendar/src/iso-date-parts.js';
import { japaneseEraYearOf } from '../../../libs/calendar/src/japanese-era-year.js';
import { tokyoDateOf } from '../../../libs/calendar/src/tokyo-date-of.js';
import type { IsoDate } from '../../../libs/calendar/src/iso-date.js';

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026-05-07 → 令和8年5月7日(木): the era date a document shows, with the weekday a person plans by. */
export function eraDateWithWeekday(date: string): string {
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return `${formatEraDate(date as IsoDate)}(${weekday})`;
}

/** A month as a calendar heads it, in the era of its first day with the western year beside: 令和7年（2025年）5月. */
export function eraMonth(year: number, month: number): string {
  const { era, year: eraYear } = japaneseEraYearOf(isoDateFromParts({ year, month, day: 1 }));
  return `${era}${eraYear}年（${year}年）${month}月`;
}

/** An instant as the day and time in Asia/Tokyo: 令和8年12月2日(水) 21:05. */
export function tokyoDateTime(instant: string): string {
  const date = tokyoDateOf(new Date(instant));
  const time = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(new Date(instant));
  return `${eraDateWithWeekday(date)} ${time}`;
}

/** Whole yen as a person reads it: 123456 → 123,456円. */
export const yen = (amount: number): string => `${amount.toLocaleString('ja-JP')}円`;

/** Days left before a deadline in words: 0 → 今日まで, 3 → あと3日, -2 → 2日過ぎています. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return '今日まで';
  return daysLeft > 0 ? `あと${daysLeft}日` : `${-daysLeft}日過ぎています`;
}

/** Seconds as minutes a person reads: 125 → 2分. */
export const minutesText = (seconds: number): string => `${Math.max(0, Math.ceil(seconds / 60))}分`;
