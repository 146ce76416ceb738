import type { JobsOptions } from 'bullmq';
import { escalationKey, reminderKey } from '#libs/reminders';
import { JobName } from './job-name.enum.js';
import type { JobData } from './job-registry.js';

const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;

// A finished reminder stays a week, so scheduling it again within that time is a no-op even
// before the reconciler looks at the deliveries; a failed one a month, for the dashboard.
const DELIVERY_RETENTION: Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail'> = {
  // SMTP refusing for a while (a full mailbox, a server restarting) is retried, not lost.
  attempts: 8,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 7 * DAY_S },
  removeOnFail: { age: 30 * DAY_S },
};

/**
 * Every job's options come from here. Ids are deterministic (and free of ':', which
 * BullMQ reserves), so adding the same job twice is harmless. A reminder's id is its
 * reminder key: the same name its deliveries are recorded under.
 */
export function jobOptions<N extends JobName>(name: N, data: JobData<N>): JobsOptions {
  switch (name) {
    case JobName.Ping: {
      const { pingId } = data as JobData<JobName.Ping>;
      return { jobId: `ping-${pingId}`, attempts: 1, removeOnComplete: { age: HOUR_S }, removeOnFail: { age: DAY_S } };
    }
    case JobName.Reminder: {
      const { deadlineId, daysBefore } = data as JobData<JobName.Reminder>;
      return { jobId: reminderKey(deadlineId, daysBefore), ...DELIVERY_RETENTION };
    }
    case JobName.Escalation:
      return { jobId: escalationKey((data as JobData<JobName.Escalation>).deadlineId), ...DELIVERY_RETENTION };
    case JobName.ReconcileReminders:
      // Made by its job scheduler, whose id (the job name) is the stable one; the next run repairs a failed one.
      return { attempts: 1, removeOnComplete: { count: 20 }, removeOnFail: { count: 100 } };
    case JobName.FiscalYearCloseReport:
      // Made by its daily job scheduler. A retry sends only what the failed run did not (its deliveries are recorded);
      // the backoff keeps every attempt within the day, which decides what the run reports.
      return { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 60 }, removeOnFail: { count: 100 } };
  }
  throw new Error(`No job options for ${String(name)}`);
}
