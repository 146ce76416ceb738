import { CalendarErrorCode, CalendarException } from './calendar.exception.js';

/** Refuses a count of days or a year that is not a whole number (of at least `minimum`, when given). */
export function assertWholeNumber(value: number, what: string, minimum?: number): void {
  const inRange = Number.isSafeInteger(value) && (minimum === undefined || value >= minimum);
  if (!inRange) {
    const expected = minimum === undefined ? 'a whole number' : `a whole number ≥ ${minimum}`;
    throw new CalendarException(CalendarErrorCode.InvalidNumber, `${what} must be ${expected}, got ${value}`);
  }
}
