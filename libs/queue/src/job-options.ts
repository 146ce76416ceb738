import type { JobsOptions } from 'bullmq';
import { JobName } from './job-name.enum.js';
import type { JobData } from './job-registry.js';

/**
 * Every job's options come from here. Ids are deterministic (and free of ':', which
 * BullMQ reserves), so adding the same job twice is harmless.
 */
export function jobOptions<N extends JobName>(name: N, data: JobData<N>): JobsOptions {
  switch (name) {
    case JobName.Ping:
      return {
        jobId: `ping-${data.pingId}`,
        attempts: 1,
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 24 * 3600 },
      };
  }
  throw new Error(`No job options for ${String(name)}`);
}
