import { type AnyJob, JobName, type TimedJob } from '#libs/queue';
import { delayUntil, type DeadlineTiming, type PlannedReminder } from '#libs/reminders';

/** The BullMQ job that fires a planned reminder; its id is the reminder's key. */
export function jobOf(reminder: PlannedReminder): AnyJob {
  return reminder.kind === 'reminder'
    ? { name: JobName.Reminder, data: { deadlineId: reminder.deadlineId, daysBefore: reminder.daysBefore } }
    : { name: JobName.Escalation, data: { deadlineId: reminder.deadlineId } };
}

/** The job, waiting until the reminder's instant as seen from `now`. */
export function timedJobOf(reminder: PlannedReminder, now: Date): TimedJob {
  return { ...jobOf(reminder), delayMs: delayUntil(reminder.fireAt, now) };
}

/** Every job a deadline may have had, whichever were dropped when it was scheduled: what clearing it removes. */
export function everyJobOf(deadline: Pick<DeadlineTiming, 'id' | 'reminderDaysBefore'>): AnyJob[] {
  return [
    ...deadline.reminderDaysBefore.map((daysBefore): AnyJob => ({ name: JobName.Reminder, data: { deadlineId: deadline.id, daysBefore } })),
    { name: JobName.Escalation, data: { deadlineId: deadline.id } },
  ];
}
