import { JobName } from './job-name.enum.js';
import type { PingJobData, PingJobResult } from './ping.job-data.js';
import { QueueName } from './queue-name.enum.js';

/** Payload and result type of each job: producers and processors are checked against the same table. */
export interface JobTypes {
  [JobName.Ping]: { data: PingJobData; result: PingJobResult };
}

export type JobData<N extends JobName> = JobTypes[N]['data'];
export type JobResult<N extends JobName> = JobTypes[N]['result'];

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.Ping]: QueueName.System,
};
