/** What went wrong in the calendar lib; callers map the code, not the message. */
export enum CalendarErrorCode {
  /** A value that should be a real `YYYY-MM-DD` date (or a valid instant) is not. */
  MalformedDate = 'MALFORMED_DATE',
  /** A count of days, or a fiscal year, that is not a whole number in range. */
  InvalidNumber = 'INVALID_NUMBER',
  /** A deadline rule that `validateDeadlineRule` finds problems in. */
  InvalidDeadlineRule = 'INVALID_DEADLINE_RULE',
}

/** Refusal of a bad input by the calendar lib: a programming or configuration error, not a user mistake. */
export class CalendarException extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarException';
  }
}
