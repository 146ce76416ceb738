import type { IsoDate } from './iso-date.js';
import { isoDateFromParts, isoDateParts } from './iso-date-parts.js';

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01, counted in UTC. An IsoDate is a calendar date, not an instant:
 * counting in UTC, which has no offset or DST, makes every day exactly one step.
 * `setUTCFullYear` (not `Date.UTC`) so that years 0–99 are not read as 1900–1999.
 */
export function epochDayOf(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  const midnightUtc = new Date(0);
  midnightUtc.setUTCFullYear(year, month - 1, day);
  return midnightUtc.getTime() / MILLISECONDS_PER_DAY;
}

export function isoDateOfEpochDay(epochDay: number): IsoDate {
  const midnightUtc = new Date(epochDay * MILLISECONDS_PER_DAY);
  return isoDateFromParts({
    year: midnightUtc.getUTCFullYear(),
    month: midnightUtc.getUTCMonth() + 1,
    day: midnightUtc.getUTCDate(),
  });
}
