import type pg from 'pg';
import { BackendCpu } from './process-usage.js';
import { Progress } from './progress.js';
import { StatementCounter } from './statement-counter.js';

/** What the clients of one load count as they go. */
export interface Tally {
  done: number;
  refused: number;
  /** The first few refusals, to print: a benchmark that measures errors measures nothing. */
  problems: string[];
}

export interface LoadResult {
  label: string;
  clients: number;
  done: number;
  refused: number;
  problems: string[];
  seconds: number;
  perSecond: number;
  /** CPU of this Node process per operation (the client side: the use case, or `pg` alone). */
  nodeCpuMs: number;
  /** CPU of the PostgreSQL backends of the run's database per operation; null when /proc does not show them. */
  backendCpuMs: number | null;
  statements: number;
}

export interface LoadPlan {
  label: string;
  unit: string;
  clients: number;
  seconds: number;
  /** Where the backends of the run's database are listed (pg_stat_activity). */
  meter: { pool: pg.Pool; database: string };
}

/**
 * Closed-loop load: `clients` workers each send their next operation when the previous one
 * answers, until the time is up. Operations in flight then finish and count; the rate is
 * what completed over the time until the last worker returned.
 */
export async function runClosedLoop(plan: LoadPlan, worker: (index: number, tally: Tally, until: number) => Promise<void>): Promise<LoadResult> {
  const tally: Tally = { done: 0, refused: 0, problems: [] };
  const backends = await BackendCpu.start(plan.meter.pool, plan.meter.database);
  const statementsBefore = StatementCounter.count;
  const cpuBefore = process.cpuUsage();
  const progress = new Progress(plan.label, plan.seconds, () => tally.done, plan.unit);
  const startedAt = performance.now();
  const until = Date.now() + plan.seconds * 1000;
  try {
    await Promise.all(Array.from({ length: plan.clients }, (_, index) => worker(index, tally, until)));
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const statements = StatementCounter.count - statementsBefore;
  const backendSeconds = await backends.stop();
  const per = Math.max(tally.done, 1);
  return {
    label: plan.label,
    clients: plan.clients,
    done: tally.done,
    refused: tally.refused,
    problems: tally.problems,
    seconds,
    perSecond: tally.done / seconds,
    nodeCpuMs: (cpu.user + cpu.system) / 1000 / per,
    backendCpuMs: backendSeconds === null ? null : (backendSeconds * 1000) / per,
    statements: statements / per,
  };
}

export function noteProblem(tally: Tally, problem: unknown): void {
  tally.refused += 1;
  if (tally.problems.length < 5) tally.problems.push(problem instanceof Error ? problem.message : String(problem));
}

/** Slices of one load, run at different times, as one result: totals add up, per-operation figures are weighted by operations. */
export function combineSlices(label: string, slices: readonly LoadResult[]): LoadResult {
  const sum = (pick: (slice: LoadResult) => number) => slices.reduce((total, slice) => total + pick(slice), 0);
  const done = sum((slice) => slice.done);
  const seconds = sum((slice) => slice.seconds);
  const perOperation = (pick: (slice: LoadResult) => number) => sum((slice) => pick(slice) * slice.done) / Math.max(done, 1);
  return {
    label,
    clients: slices[0]?.clients ?? 0,
    done,
    refused: sum((slice) => slice.refused),
    problems: slices.flatMap((slice) => slice.problems).slice(0, 5),
    seconds,
    perSecond: done / seconds,
    nodeCpuMs: perOperation((slice) => slice.nodeCpuMs),
    backendCpuMs: slices.some((slice) => slice.backendCpuMs === null) ? null : perOperation((slice) => slice.backendCpuMs ?? 0),
    statements: perOperation((slice) => slice.statements),
  };
}
