import { assertWholeNumber } from './assert-whole-number.js';
import { epochDayOf, isoDateOfEpochDay } from './epoch-day.js';
import { assertIsoDate } from './is-iso-date.js';
import type { IsoDate } from './iso-date.js';

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date, 'date');
  assertWholeNumber(days, 'days');
  return isoDateOfEpochDay(epochDayOf(date) + days);
}

/** Whole calendar days from `from` to `to` (to − from): negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  return epochDayOf(to) - epochDayOf(from);
}

/** Negative, zero or positive as `a` is before, on or after `b`; usable with `Array.prototype.sort`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  // Four-digit years, zero-padded months and days: text order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}
