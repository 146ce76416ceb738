import { Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { JobName, jobOptions, type ReminderJobData } from '#libs/queue';
import { CountProgress } from './count-progress.js';
import { type LatencySummary, latencySummary } from './latency.js';
import { untilCount } from './until-count.js';

/** Jobs per addBulk call: a relay batch's worth (OUTBOX_BATCH_SIZE 200 deadlines, up to 4 jobs each), rounded up. */
const ADD_CHUNK = 1000;
/** Jobs added per second assumed when choosing the due instant; the result says whether adding ended before it. */
const ASSUMED_ADDS_PER_SECOND = 5000;

export interface BarePeakResult {
  jobs: number;
  addSeconds: number;
  addedPerSecond: number;
  /** How long before the due instant the last job was added (negative: after it, and lags include adding). */
  addedAheadMs: number;
  /** Jobs over the time from the due instant to the last completion. */
  perSecond: number;
  lag: LatencySummary;
  /** CPU of this process (producer and no-op worker) per job, ms. */
  cpuMs: number;
}

/**
 * The peer of the reminder peak with BullMQ alone: as many jobs, delayed to one instant a few
 * seconds ahead, added with addBulk to a queue of their own (the reminder jobs' ids and options),
 * then taken by a Worker that does nothing, with the reminder worker's concurrency, on the same Redis.
 */
export async function barePeak(plan: { redisUrl: string; prefix: string; jobs: number; concurrency: number }): Promise<BarePeakResult> {
  const connection = { url: plan.redisUrl };
  const queue = new Queue('bench-bare', { connection, prefix: plan.prefix });
  const completedAt: number[] = [];
  const worker = new Worker('bench-bare', async () => undefined, { connection, prefix: plan.prefix, concurrency: plan.concurrency });
  worker.on('completed', () => completedAt.push(Date.now()));
  try {
    await worker.waitUntilReady();
    const cpuBefore = process.cpuUsage();
    const addStartedAt = Date.now();
    const dueAt = addStartedAt + 3000 + Math.ceil((plan.jobs / ASSUMED_ADDS_PER_SECOND) * 1000);
    for (let added = 0; added < plan.jobs; added += ADD_CHUNK) {
      const delay = Math.max(0, dueAt - Date.now());
      await queue.addBulk(
        Array.from({ length: Math.min(ADD_CHUNK, plan.jobs - added) }, () => {
          const data: ReminderJobData = { deadlineId: randomUUID(), daysBefore: 0 };
          return { name: JobName.Reminder, data, opts: { ...jobOptions(JobName.Reminder, data), delay } };
        }),
      );
    }
    const addedAt = Date.now();
    await new Promise((wait) => setTimeout(wait, Math.max(0, dueAt - Date.now())));
    const progress = new CountProgress('bare BullMQ: no-op jobs done', () => completedAt.length, 'jobs', plan.jobs);
    try {
      await untilCount('bare BullMQ jobs done', () => completedAt.length, plan.jobs);
    } finally {
      progress.stop();
    }
    const cpu = process.cpuUsage(cpuBefore);
    const lastAt = completedAt.at(-1) ?? dueAt;
    return {
      jobs: plan.jobs,
      addSeconds: (addedAt - addStartedAt) / 1000,
      addedPerSecond: plan.jobs / Math.max((addedAt - addStartedAt) / 1000, 0.001),
      addedAheadMs: dueAt - addedAt,
      perSecond: plan.jobs / Math.max((lastAt - dueAt) / 1000, 0.001),
      lag: latencySummary(completedAt.map((at) => at - dueAt)),
      cpuMs: (cpu.user + cpu.system) / 1000 / plan.jobs,
    };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
