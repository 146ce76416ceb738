import type { IsoDate } from '#libs/calendar';

/** What the schedule of a deadline's reminders depends on: the columns of a `deadline` row. */
export interface DeadlineTiming {
  id: string;
  /** The business date, already moved off closed days by the calendar. */
  dueOn: IsoDate;
  /** End of `dueOn` in Asia/Tokyo: the deadline holds until then. */
  dueAt: Date;
  /** Calendar days before `dueOn` on which to remind (0 = on the day), from the program. */
  reminderDaysBefore: readonly number[];
  /** The role told when the deadline passes unmet; null when nobody is. */
  escalateTo: string | null;
  /** Calendar days after `dueAt` before escalating. */
  escalateAfterDays: number;
}
