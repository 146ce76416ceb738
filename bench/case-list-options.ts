import { readBenchOptions } from './bench-options.js';
import { wholeNumberOptions } from './whole-number-option.js';

/** What one run of the case-list benchmark does, read once from the environment. */
export interface CaseListBenchOptions {
  /** The server the run creates its own database on (and drops it from). */
  serverUrl: string;
  redisUrl: string;
  /** Cases in the tenant: a few dozen through the use cases (the templates), the rest by SQL. */
  cases: number;
  /** Measured page loads of each view, after CASE_LIST_WARM_UPS that are not. */
  loads: number;
}

/** Loads of each view before the measured ones: the API's JIT, PostgreSQL's cache and Chromium's code cache warm up. */
export const CASE_LIST_WARM_UPS = 3;

/** Below this the templates (the cases written through the use cases) would be most of the tenant. */
const FEWEST_CASES = 1000;

export function readCaseListBenchOptions(env: NodeJS.ProcessEnv = process.env): CaseListBenchOptions {
  const { serverUrl, redisUrl } = readBenchOptions(env);
  const problems: string[] = [];
  const whole = wholeNumberOptions(env, problems);
  const options: CaseListBenchOptions = {
    serverUrl,
    redisUrl,
    cases: whole('BENCH_CASES', 100_000, FEWEST_CASES, 10_000_000),
    loads: whole('BENCH_LOADS', 30, 1, 10_000),
  };
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return options;
}
