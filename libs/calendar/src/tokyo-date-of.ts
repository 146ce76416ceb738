import { CalendarErrorCode, CalendarException } from './calendar.exception.js';
import type { IsoDate } from './iso-date.js';
import { isoDateFromParts } from './iso-date-parts.js';

// Gregorian calendar and Latin digits pinned so the parts never depend on the host's locale data.
const tokyoCalendarDate = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar date in Asia/Tokyo at `instant`: 2026-03-31T15:00:00Z is already 2026-04-01. */
export function tokyoDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) {
    throw new CalendarException(CalendarErrorCode.MalformedDate, 'instant must be a valid Date, got Invalid Date');
  }
  const parts = tokyoCalendarDate.formatToParts(instant);
  const numberOf = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return isoDateFromParts({ year: numberOf('year'), month: numberOf('month'), day: numberOf('day') });
}
