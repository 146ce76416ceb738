import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { hostname } from 'node:os';
import { AppConfig } from '#libs/config';
import { JobName, type JobData, type JobResult, QueueName } from '#libs/queue';

@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(private readonly config: AppConfig) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.workerConcurrency;
  }

  async process(job: Job): Promise<JobResult<JobName>> {
    switch (job.name) {
      case JobName.Ping:
        return this.ping(job.data as JobData<JobName.Ping>);
    }
    // Failing loudly beats completing a job nobody handled.
    throw new Error(`The ${QueueName.System} queue has no handler for job "${job.name}"`);
  }

  private ping({ pingId }: JobData<JobName.Ping>): JobResult<JobName.Ping> {
    return { pingId, worker: `${hostname()}:${process.pid}`, answeredAt: new Date().toISOString() };
  }
}
