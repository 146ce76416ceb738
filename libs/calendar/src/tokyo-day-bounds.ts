import { assertIsoDate } from './is-iso-date.js';
import type { IsoDate } from './iso-date.js';

// Japan has observed no daylight saving time since 1951, so Asia/Tokyo is UTC+09:00 at
// every instant this system handles and a fixed offset is exact here.
const TOKYO_UTC_OFFSET = '+09:00';

/** The first instant of `date` in Tokyo (00:00:00.000 JST). */
export function tokyoStartOfDay(date: IsoDate): Date {
  assertIsoDate(date, 'date');
  return new Date(`${date}T00:00:00.000${TOKYO_UTC_OFFSET}`);
}

/** The last instant of `date` in Tokyo (23:59:59.999 JST): a deadline on `date` holds until then. */
export function tokyoEndOfDay(date: IsoDate): Date {
  assertIsoDate(date, 'date');
  return new Date(`${date}T23:59:59.999${TOKYO_UTC_OFFSET}`);
}
