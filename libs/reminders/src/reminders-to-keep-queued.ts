import type { PlannedReminder } from './planned-reminder.js';

export interface QueueCheck {
  now: Date;
  /** The deadline's due instant: a reminder after it is pointless, the escalation takes over. */
  dueAt: Date;
  /** Keys that already have a delivery: they went out (or are going out) and never go again. */
  deliveredKeys: ReadonlySet<string>;
}

/**
 * What the reconciler wants in Redis for a pending deadline: every message still ahead, and
 * every one whose instant passed without a delivery (Redis lost it, or it was never queued),
 * so it fires at once. A reminder whose deadline has passed is no longer wanted.
 */
export function remindersToKeepQueued(schedule: readonly PlannedReminder[], { now, dueAt, deliveredKeys }: QueueCheck): PlannedReminder[] {
  return schedule.filter((reminder) => {
    if (reminder.fireAt.getTime() > now.getTime()) return true;
    if (deliveredKeys.has(reminder.key)) return false;
    return reminder.kind === 'escalation' || now.getTime() <= dueAt.getTime();
  });
}
