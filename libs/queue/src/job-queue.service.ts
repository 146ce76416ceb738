import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { JobName } from './job-name.enum.js';
import { jobOptions } from './job-options.js';
import { JOB_QUEUE, type JobData, type JobResult } from './job-registry.js';
import { QueueName } from './queue-name.enum.js';

/** The only way jobs are produced: typed by the job registry, options from `jobOptions`. */
@Injectable()
export class JobQueue {
  private readonly queues: Readonly<Record<QueueName, Queue>>;

  constructor(@InjectQueue(QueueName.System) systemQueue: Queue) {
    this.queues = { [QueueName.System]: systemQueue };
  }

  enqueue<N extends JobName>(name: N, data: JobData<N>): Promise<Job<JobData<N>, JobResult<N>, N>> {
    return this.queues[JOB_QUEUE[name]].add(name, data, jobOptions(name, data)) as Promise<
      Job<JobData<N>, JobResult<N>, N>
    >;
  }
}
