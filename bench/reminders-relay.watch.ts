import type { Queue } from 'bullmq';
import { OUTBOX_TOPICS } from '#libs/outbox';
import type { BenchDatabase } from './bench-database.js';
import { CountProgress } from './count-progress.js';
import { BackendCpu } from './process-usage.js';
import type { WorkerProcess } from './reminders-worker.process.js';

/** How often the outbox is looked at: the precision of the relay's end. */
const POLL_MS = 100;

export interface RelayResult {
  label: string;
  deadlines: number;
  /** Delayed jobs the relay added to Redis. */
  jobs: number;
  seconds: number;
  /** When the last message was published (epoch ms). */
  endedAt: number;
  deadlinesPerSecond: number;
  jobsPerSecond: number;
  /** Per deadline: CPU of the worker process and of the PostgreSQL backends (null when /proc does not show them), statements of the worker. */
  workerCpuMs: number;
  backendCpuMs: number | null;
  statements: number;
}

/**
 * The worker's outbox relay draining a backlog of `deadlines` messages: timed from `resume`
 * (which lets the relay poll) until no relayed topic is left unpublished, with the jobs it
 * added counted in Redis as it goes.
 */
export async function watchRelay(
  label: string,
  deadlines: number,
  on: { database: BenchDatabase; queue: Queue; worker: WorkerProcess },
  resume: () => Promise<unknown>,
): Promise<RelayResult> {
  const { database, queue, worker } = on;
  const delayedBefore = await queue.getDelayedCount();
  const usageBefore = await worker.usage();
  const backends = await BackendCpu.start(database.pool, database.name);
  let jobs = 0;
  const progress = new CountProgress(label, () => jobs, 'jobs added');
  const startedAt = performance.now();
  try {
    await resume();
    for (;;) {
      const [row] = await database.query<{ waiting: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL AND topic = ANY($1::text[])) AS waiting`,
        [OUTBOX_TOPICS],
      );
      jobs = (await queue.getDelayedCount()) - delayedBefore;
      if (!row?.waiting) break;
      await new Promise((wait) => setTimeout(wait, POLL_MS));
    }
  } finally {
    progress.stop();
  }
  const endedAt = Date.now();
  const seconds = (performance.now() - startedAt) / 1000;
  const backendSeconds = await backends.stop();
  const usage = await worker.usage();
  return {
    label,
    deadlines,
    jobs,
    seconds,
    endedAt,
    deadlinesPerSecond: deadlines / seconds,
    jobsPerSecond: jobs / seconds,
    workerCpuMs: (usage.cpuMs - usageBefore.cpuMs) / deadlines,
    backendCpuMs: backendSeconds === null ? null : (backendSeconds * 1000) / deadlines,
    statements: (usage.statements - usageBefore.statements) / deadlines,
  };
}
