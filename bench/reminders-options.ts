import { EnvironmentVariables } from '#libs/config';
import { readBenchOptions } from './bench-options.js';
import { wholeNumberOptions } from './whole-number-option.js';

/** What one run of the reminders benchmark does, read once from the environment. */
export interface RemindersBenchOptions {
  /** The server the run creates its own database on (and drops it from). */
  serverUrl: string;
  redisUrl: string;
  /** Deadlines written through the event path and relayed, the peak's included. */
  deadlines: number;
  /** Of those, the ones whose reminder falls due at the same instant. */
  peak: number;
  /** Concurrent clients writing the deadlines through OpenCase. */
  eventClients: number;
  /** WORKER_CONCURRENCY of the reminder worker, and of the bare BullMQ worker beside it. */
  workerConcurrency: number;
  /** SMTP_URL with `?pool=true`: nodemailer keeps its connections open rather than one per e-mail. */
  smtpPool: boolean;
}

export function readRemindersBenchOptions(env: NodeJS.ProcessEnv = process.env): RemindersBenchOptions {
  const { serverUrl, redisUrl } = readBenchOptions(env);
  const problems: string[] = [];
  const whole = wholeNumberOptions(env, problems);
  const deadlines = whole('BENCH_DEADLINES', 100_000, 1, 10_000_000);
  const peak = whole('BENCH_PEAK', Math.min(10_000, deadlines), 1, 10_000_000);
  const smtpPoolRaw = env.BENCH_SMTP_POOL?.trim() || 'true';
  if (smtpPoolRaw !== 'true' && smtpPoolRaw !== 'false') problems.push(`BENCH_SMTP_POOL must be true or false, not ${smtpPoolRaw}`);
  if (problems.length === 0 && peak > deadlines) problems.push(`BENCH_PEAK (${peak}) must not be above BENCH_DEADLINES (${deadlines}): the peak is part of them`);
  const options: RemindersBenchOptions = {
    serverUrl,
    redisUrl,
    deadlines,
    peak,
    eventClients: whole('BENCH_EVENT_CLIENTS', 8, 1, 64),
    // The worker's own default, so the figure is that of a deployment left as it comes.
    workerConcurrency: whole('BENCH_WORKER_CONCURRENCY', new EnvironmentVariables().WORKER_CONCURRENCY, 1, 100),
    smtpPool: smtpPoolRaw === 'true',
  };
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return options;
}
