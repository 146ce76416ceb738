import { addDays, type IsoDate, tokyoStartOfDay } from '#libs/calendar';
import type { DeadlineTiming } from './deadline-timing.js';
import type { PlannedReminder } from './planned-reminder.js';
import { escalationKey, reminderKey } from './reminder-key.js';
import type { ReminderSettings } from './reminder-settings.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * When each message of a deadline fires, earliest first: one reminder per offset of
 * `reminder_days_before`, counted in calendar days before `due_on` and sent at the
 * configured hour in Asia/Tokyo, then the escalation `escalate_after_days` after the due
 * instant when the deadline names someone to escalate to.
 *
 * A reminder whose instant had already passed when the deadline was scheduled is dropped
 * (a deadline set 2 days ahead gets no "7 days before"), except the one on the day, which
 * then goes out at once: a deadline set on its own day is still announced.
 */
export function reminderSchedule(deadline: DeadlineTiming, settings: ReminderSettings, scheduledAt: Date): PlannedReminder[] {
  const offsets = [...new Set(deadline.reminderDaysBefore)].sort((a, b) => b - a);
  const reminders: PlannedReminder[] = offsets
    .map((daysBefore) => ({
      kind: 'reminder' as const,
      key: reminderKey(deadline.id, daysBefore),
      deadlineId: deadline.id,
      daysBefore,
      fireAt: reminderInstant(deadline.dueOn, daysBefore, settings.reminderHour),
    }))
    .filter((reminder) => reminder.daysBefore === 0 || reminder.fireAt.getTime() >= scheduledAt.getTime());
  if (deadline.escalateTo === null) return reminders;
  return [
    ...reminders,
    {
      kind: 'escalation',
      key: escalationKey(deadline.id),
      deadlineId: deadline.id,
      // Japan keeps no daylight saving time: a day is always 24 hours there.
      fireAt: new Date(deadline.dueAt.getTime() + deadline.escalateAfterDays * DAY_MS),
    },
  ];
}

/** `daysBefore` calendar days before `dueOn`, at `hour`:00 in Asia/Tokyo. */
export function reminderInstant(dueOn: IsoDate, daysBefore: number, hour: number): Date {
  return new Date(tokyoStartOfDay(addDays(dueOn, -daysBefore)).getTime() + hour * HOUR_MS);
}

/** How long a job waits before firing: never negative, so a passed instant fires at once. */
export function delayUntil(fireAt: Date, now: Date): number {
  return Math.max(0, fireAt.getTime() - now.getTime());
}
