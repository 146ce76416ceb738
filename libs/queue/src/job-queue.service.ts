import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { JobName } from './job-name.enum.js';
import { jobOptions } from './job-options.js';
import { type AnyJob, JOB_QUEUE, type JobData, type JobResult } from './job-registry.js';
import { QueueName } from './queue-name.enum.js';

// Lookups sent to Redis together: enough to fill the connection, few enough to bound memory.
const STATE_CHECKS_AT_ONCE = 500;

/** A job and how long it waits before it may run. */
export type TimedJob = AnyJob & { delayMs: number };

/** The only way jobs are produced: typed by the job registry, options from `jobOptions`. */
@Injectable()
export class JobQueue {
  private readonly queues: Readonly<Record<QueueName, Queue>>;

  constructor(@InjectQueue(QueueName.System) systemQueue: Queue, @InjectQueue(QueueName.Reminders) remindersQueue: Queue) {
    this.queues = { [QueueName.System]: systemQueue, [QueueName.Reminders]: remindersQueue };
  }

  enqueue<N extends JobName>(name: N, data: JobData<N>, { delayMs = 0 }: { delayMs?: number } = {}): Promise<Job<JobData<N>, JobResult<N>, N>> {
    return this.queues[JOB_QUEUE[name]].add(name, data, { ...jobOptions(name, data), delay: delayMs }) as Promise<
      Job<JobData<N>, JobResult<N>, N>
    >;
  }

  /** Adds jobs in bulk, one round trip per queue. A job whose id exists already is left as it is. */
  async enqueueAll(jobs: readonly TimedJob[]): Promise<void> {
    for (const [queueName, ofQueue] of groupByQueue(jobs)) {
      await this.queues[queueName].addBulk(
        ofQueue.map((job) => ({ name: job.name, data: job.data, opts: { ...jobOptions(job.name, job.data), delay: job.delayMs } })),
      );
    }
  }

  /** Removes a job that has not started; one running (locked) stays and must find out for itself. */
  async remove(job: AnyJob): Promise<boolean> {
    return (await this.queues[JOB_QUEUE[job.name]].remove(jobIdOf(job))) === 1;
  }

  /** The jobs of the list that Redis does not hold in any state (completed and failed ones count as held). */
  async missing<J extends AnyJob>(jobs: readonly J[]): Promise<J[]> {
    const missing: J[] = [];
    for (let start = 0; start < jobs.length; start += STATE_CHECKS_AT_ONCE) {
      const chunk = jobs.slice(start, start + STATE_CHECKS_AT_ONCE);
      const states = await Promise.all(chunk.map((job) => this.queues[JOB_QUEUE[job.name]].getJobState(jobIdOf(job))));
      chunk.forEach((job, index) => {
        if (states[index] === 'unknown') missing.push(job);
      });
    }
    return missing;
  }

  /** Makes `name` recur every `everyMs` through a job scheduler whose id is the job name (upsert: harmless to repeat). */
  async scheduleEvery<N extends JobName>(name: N, data: JobData<N>, everyMs: number): Promise<void> {
    const opts = jobOptions(name, data);
    delete opts.jobId;
    await this.queues[JOB_QUEUE[name]].upsertJobScheduler(name, { every: everyMs }, { name, data, opts });
  }

  /** Makes `name` run on a cron `pattern` in time zone `tz` through a job scheduler whose id is the job name (upsert). */
  async scheduleCron<N extends JobName>(name: N, data: JobData<N>, pattern: string, tz: string): Promise<void> {
    const opts = jobOptions(name, data);
    delete opts.jobId;
    await this.queues[JOB_QUEUE[name]].upsertJobScheduler(name, { pattern, tz }, { name, data, opts });
  }

  /** Whether the job scheduler of `name` is there (Redis may have lost it). */
  async isScheduled(name: JobName): Promise<boolean> {
    return (await this.queues[JOB_QUEUE[name]].getJobScheduler(name)) !== undefined;
  }
}

function jobIdOf(job: AnyJob): string {
  const { jobId } = jobOptions(job.name, job.data);
  if (jobId === undefined) throw new Error(`Job ${job.name} has no deterministic id`);
  return jobId;
}

function groupByQueue<J extends AnyJob>(jobs: readonly J[]): Map<QueueName, J[]> {
  const groups = new Map<QueueName, J[]>();
  for (const job of jobs) {
    const group = groups.get(JOB_QUEUE[job.name]);
    if (group) group.push(job);
    else groups.set(JOB_QUEUE[job.name], [job]);
  }
  return groups;
}
