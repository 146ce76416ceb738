import type { IsoDate } from './iso-date.js';

/**
 * How a deadline is computed from the date something happened (事業完了, 差戻し, 受理 …).
 * Every rule's result is moved forward to the municipality's next open day.
 */
export type DeadlineRule =
  /** N calendar days after the start date. */
  | { kind: 'daysAfter'; days: number }
  /** N open days of the municipality after the start date (the start date itself not counted). */
  | { kind: 'openDaysAfter'; days: number }
  /**
   * A fixed month and day after the end of the fiscal year the start date falls in,
   * e.g. { month: 4, day: 10 } for 10 April following the fiscal year: the first such date after
   * the 31 March that ends it (so a January–March date falls in the calendar year after that).
   * 29 February is refused, since it does not exist every year.
   */
  | { kind: 'fixedDateAfterFiscalYearEnd'; month: number; day: number }
  /** A fixed date, e.g. the close of an application window. */
  | { kind: 'onDate'; date: IsoDate }
  /** The earliest of several rules (e.g. 30 days after completion or 10 April, whichever comes first). */
  | { kind: 'earliestOf'; rules: DeadlineRule[] };
