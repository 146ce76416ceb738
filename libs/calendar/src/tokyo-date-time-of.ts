import { CalendarErrorCode, CalendarException } from './calendar.exception.js';
import { isoDateFromParts } from './iso-date-parts.js';

// As tokyoDateOf: Gregorian calendar and Latin digits pinned; h23 so midnight is 00, never 24.
const tokyoDateTime = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/**
 * The date and time in Asia/Tokyo at `instant`, to the minute, as `2025-05-01 09:05`: how a clerk
 * reads an instant in a table, and a form Excel takes as a date and time.
 */
export function tokyoDateTimeOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) {
    throw new CalendarException(CalendarErrorCode.MalformedDate, 'instant must be a valid Date, got Invalid Date');
  }
  const parts = tokyoDateTime.formatToParts(instant);
  const numberOf = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  const date = isoDateFromParts({ year: numberOf('year'), month: numberOf('month'), day: numberOf('day') });
  return `${date} ${twoDigits(numberOf('hour'))}:${twoDigits(numberOf('minute'))}`;
}
