import { Queue } from 'bullmq';
import { reminderSchedule } from '#libs/reminders';
import { PROOF_REMINDER_HOUR, type ProofStack } from './proof-stack.js';

export interface QueueCoverage {
  /** Reminder and escalation jobs still ahead, as PostgreSQL's pending deadlines want them. */
  wanted: number;
  /** Of those, the ones Redis does not hold: lost, and not (yet) re-created by the reconciler. */
  missing: string[];
}

/**
 * What a Redis that lost everything must have again once the reconciler has run: a job for
 * every reminder and escalation still ahead of its instant. (Those whose instant passed are
 * the deliveries, which the invariant check holds.) Computed from the deadlines, with the
 * same pure schedule the worker uses, and looked up job by job under their ids.
 */
export async function checkQueueCoverage(stack: ProofStack, queuePrefix: string): Promise<QueueCoverage> {
  const now = new Date();
  const rows = await stack.query<{
    id: string;
    due_on: string;
    due_at: Date;
    reminder_days_before: number[];
    escalate_to: string | null;
    escalate_after_days: number;
    scheduled_at: Date;
  }>(
    `SELECT d.id, d.due_on::text AS due_on, d.due_at, d.reminder_days_before, d.escalate_to, d.escalate_after_days, min(o.published_at) AS scheduled_at
       FROM deadline d JOIN outbox o ON o.topic = 'deadline.scheduled' AND o.payload->>'deadlineId' = d.id::text AND o.published_at IS NOT NULL
      WHERE d.status = 'pending'
      GROUP BY d.id`,
  );
  const ahead = rows.flatMap((row) =>
    reminderSchedule(
      {
        id: row.id,
        dueOn: row.due_on,
        dueAt: row.due_at,
        reminderDaysBefore: row.reminder_days_before,
        escalateTo: row.escalate_to,
        escalateAfterDays: row.escalate_after_days,
      },
      { reminderHour: PROOF_REMINDER_HOUR },
      row.scheduled_at,
    ).filter((reminder) => reminder.fireAt.getTime() > now.getTime()),
  );
  const queue = new Queue('reminders', { connection: { url: stack.redis.url }, prefix: queuePrefix });
  try {
    const states = await Promise.all(ahead.map((reminder) => queue.getJobState(reminder.key)));
    return { wanted: ahead.length, missing: ahead.filter((_, index) => states[index] === 'unknown').map((reminder) => reminder.key) };
  } finally {
    await queue.close();
  }
}
