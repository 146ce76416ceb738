export { JobName } from './job-name.enum.js';
export { jobOptions } from './job-options.js';
export { JobQueue, type TimedJob } from './job-queue.service.js';
export { type AnyJob, JOB_QUEUE, type JobData, type JobResult, type JobTypes } from './job-registry.js';
export type { PingJobData, PingJobResult } from './ping.job-data.js';
export { QueueName } from './queue-name.enum.js';
export { QueueModule } from './queue.module.js';
export type { ReconcileRemindersJobData, ReconcileRemindersJobResult } from './reconcile-reminders.job-data.js';
export type { DeliveryJobResult, EscalationJobData, ReminderJobData } from './reminder.job-data.js';
