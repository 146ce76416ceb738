import { epochDayOf, isoDateOfEpochDay } from '../../../libs/calendar/src/epoch-day.js';
import type { IsoDate } from '../../../libs/calendar/src/iso-date.js';
import { isoDateFromParts, isoDateParts } from '../../../libs/calendar/src/iso-date-parts.js';

/** A month of the calendar: year and month (1–12). */
export interface CalendarMonth {
  year: number;
  month: number;
}

export const monthOf = (date: IsoDate): CalendarMonth => {
  const { year, month } = isoDateParts(date);
  return { year, month };
};

/** 0 for Sunday … 6 for Saturday: the column of the date in a calendar that starts on Sunday, as Japanese ones do. */
export const weekdayOf = (date: IsoDate): number => (((epochDayOf(date) + 4) % 7) + 7) % 7;

const daysIn = ({ year, month }: CalendarMonth): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The month `count` months after `from` (before it when negative). */
export function addMonths(from: CalendarMonth, count: number): CalendarMonth {
  const index = from.year * 12 + (from.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The weeks of the month, Sunday first; a day of another month is null, so each week has seven places. */
export function weeksOf(month: CalendarMonth): (IsoDate | null)[][] {
  const first = isoDateFromParts({ ...month, day: 1 });
  const places: (IsoDate | null)[] = [...Array<null>(weekdayOf(first)).fill(null)];
  for (let day = 1; day <= daysIn(month); day += 1) places.push(isoDateFromParts({ ...month, day }));
  while (places.length % 7 !== 0) places.push(null);
  return Array.from({ length: places.length / 7 }, (_, week) => places.slice(week * 7, week * 7 + 7));
}

/** The same day of the month in another month, or its last day when that month is shorter (1月31日 → 2月28日). */
export function sameDayIn(date: IsoDate, month: CalendarMonth): IsoDate {
  return isoDateFromParts({ ...month, day: Math.min(isoDateParts(date).day, daysIn(month)) });
}

const byDays = (date: IsoDate, days: number): IsoDate => isoDateOfEpochDay(epochDayOf(date) + days);

/**
 * The day a key moves the choice to in the month grid, after the WAI-ARIA date picker's grid:
 * arrows by a day or a week, Home and End to the week's first and last day, Page Up and Page
 * Down by a month (with Shift by a year). Null for any other key, which the grid leaves alone.
 */
export function dateAfterKey(date: IsoDate, key: string, shift: boolean): IsoDate | null {
  switch (key) {
    case 'ArrowLeft':
      return byDays(date, -1);
    case 'ArrowRight':
      return byDays(date, 1);
    case 'ArrowUp':
      return byDays(date, -7);
    case 'ArrowDown':
      return byDays(date, 7);
    case 'Home':
      return byDays(date, -weekdayOf(date));
    case 'End':
      return byDays(date, 6 - weekdayOf(date));
    case 'PageUp':
      return sameDayIn(date, addMonths(monthOf(date), shift ? -12 : -1));
    case 'PageDown':
      return sameDayIn(date, addMonths(monthOf(date), shift ? 12 : 1));
    default:
      return null;
  }
}
