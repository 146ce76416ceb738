import { CalendarErrorCode, CalendarException } from './calendar.exception.js';
import { epochDayOf, isoDateOfEpochDay } from './epoch-day.js';
import type { IsoDate } from './iso-date.js';

const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a `YYYY-MM-DD` string naming a date that exists: 2024-02-29 is one,
 * 2025-02-29 and 2025-04-31 are not (they would roll over, so the round trip differs).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE_FORMAT.test(value) && isoDateOfEpochDay(epochDayOf(value)) === value;
}

/** Refuses anything but a real date; `what` names the argument in the message. */
export function assertIsoDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new CalendarException(
      CalendarErrorCode.MalformedDate,
      `${what} must be a real YYYY-MM-DD date, got ${JSON.stringify(value)}`,
    );
  }
}
