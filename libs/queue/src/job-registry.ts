import { JobName } from './job-name.enum.js';
import type { FiscalYearCloseReportJobData, FiscalYearCloseReportJobResult } from './fiscal-year-close-report.job-data.js';
import type { PingJobData, PingJobResult } from './ping.job-data.js';
import { QueueName } from './queue-name.enum.js';
import type { ReconcileRemindersJobData, ReconcileRemindersJobResult } from './reconcile-reminders.job-data.js';
import type { DeliveryJobResult, EscalationJobData, ReminderJobData } from './reminder.job-data.js';

/** Payload and result type of each job: producers and processors are checked against the same table. */
export interface JobTypes {
  [JobName.Ping]: { data: PingJobData; result: PingJobResult };
  [JobName.Reminder]: { data: ReminderJobData; result: DeliveryJobResult };
  [JobName.Escalation]: { data: EscalationJobData; result: DeliveryJobResult };
  [JobName.ReconcileReminders]: { data: ReconcileRemindersJobData; result: ReconcileRemindersJobResult };
  [JobName.FiscalYearCloseReport]: { data: FiscalYearCloseReportJobData; result: FiscalYearCloseReportJobResult };
}

export type JobData<N extends JobName> = JobTypes[N]['data'];
export type JobResult<N extends JobName> = JobTypes[N]['result'];

/** A job of any name with its own payload type, for calls that take several kinds at once. */
export type AnyJob = { [N in JobName]: { name: N; data: JobData<N> } }[JobName];

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.Ping]: QueueName.System,
  [JobName.Reminder]: QueueName.Reminders,
  [JobName.Escalation]: QueueName.Reminders,
  [JobName.ReconcileReminders]: QueueName.Reminders,
  [JobName.FiscalYearCloseReport]: QueueName.Reminders,
};
