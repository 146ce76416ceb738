import { wholeNumberOptions } from './whole-number-option.js';

/** What one run of the events benchmark measures, read once from the environment. */
export interface BenchOptions {
  /** The server the run creates its own database on (and drops it from). */
  serverUrl: string;
  redisUrl: string;
  /** Seconds of each measured phase: the use case, then the SQL ceiling. */
  seconds: number;
  /** Concurrent clients to try; the best for the use case is then measured for `seconds`. */
  clients: number[];
  /** Seconds of each trial of the client sweep (skipped when `clients` has one value). */
  sweepSeconds: number;
  /** Seconds of each HTTP load, and its connection count (the fixed load). */
  httpSeconds: number;
  httpConnections: number;
}

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function readBenchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const problems: string[] = [];
  const whole = wholeNumberOptions(env, problems);
  const clientsRaw = env.BENCH_CLIENTS?.trim() || '2,4,8';
  const clients = clientsRaw.split(',').map((part) => Number(part.trim()));
  if (clients.some((value) => !Number.isInteger(value) || value < 1 || value > 64)) {
    problems.push(`BENCH_CLIENTS must be client counts from 1 to 64 separated by commas (e.g. 2,4,8), not ${clientsRaw}`);
  }
  const options: BenchOptions = {
    serverUrl: env.DATABASE_URL?.trim() || DEFAULT_SERVER_URL,
    redisUrl: env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
    seconds: whole('BENCH_SECONDS', 15, 1, 3600),
    clients: [...new Set(clients)].sort((a, b) => a - b),
    sweepSeconds: whole('BENCH_SWEEP_SECONDS', 3, 1, 600),
    httpSeconds: whole('BENCH_HTTP_SECONDS', 8, 1, 3600),
    httpConnections: whole('BENCH_HTTP_CONNECTIONS', 10, 1, 1000),
  };
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return options;
}
