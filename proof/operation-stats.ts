import { formatTable } from '../bench/bench-run.js';
import { latencySummary } from '../bench/latency.js';

export const OPERATIONS = ['open', 'event', 'read', 'history', 'list', 'upload', 'admin'] as const;
export type Operation = (typeof OPERATIONS)[number];

interface Tally {
  latencies: number[];
  ok: number;
  refused: number;
  serverErrors: number;
  noAnswer: number;
}

/** Per operation: latencies of every answer, and how each ended (2xx, 4xx, 5xx, no answer). */
export class OperationStats {
  private readonly tallies = new Map<Operation, Tally>(OPERATIONS.map((operation) => [operation, { latencies: [], ok: 0, refused: 0, serverErrors: 0, noAnswer: 0 }]));
  /** The first few unexpected answers, to print. */
  readonly samples: string[] = [];
  /** Answers other than 2xx/3xx, by operation and status: `event 503` → count. */
  private readonly byStatus = new Map<string, number>();

  answered(operation: Operation, status: number, ms: number, describe: () => string): void {
    const tally = this.tally(operation);
    tally.latencies.push(ms);
    if (status < 400) tally.ok += 1;
    else {
      const key = `${operation} ${status}`;
      this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
      if (status >= 500) tally.serverErrors += 1;
      else tally.refused += 1;
      this.sample(`${operation} ${status}: ${describe()}`);
    }
  }

  unanswered(operation: Operation, reason: string): void {
    this.tally(operation).noAnswer += 1;
    this.sample(`${operation}: ${reason}`);
  }

  /** Answers of a status the run does not tolerate, as `<count> × <operation> <status>`. */
  unexpectedStatuses(tolerated: readonly number[]): string[] {
    return [...this.byStatus]
      .filter(([key]) => !tolerated.includes(Number(key.split(' ')[1])))
      .map(([key, count]) => `${count} × ${key}`);
  }

  /** Every answer other than 2xx/3xx, as `<count> × <operation> <status>`. */
  get statusLines(): string[] {
    return [...this.byStatus].map(([key, count]) => `${count} × ${key}`);
  }

  get answeredCount(): number {
    return [...this.tallies.values()].reduce((sum, tally) => sum + tally.latencies.length, 0);
  }

  total(field: 'ok' | 'refused' | 'serverErrors' | 'noAnswer'): number {
    return [...this.tallies.values()].reduce((sum, tally) => sum + tally[field], 0);
  }

  table(seconds: number): string[] {
    const rows = [['operation', 'answers', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', '2xx', '4xx', '5xx', 'no answer']];
    const all: Tally = { latencies: [], ok: 0, refused: 0, serverErrors: 0, noAnswer: 0 };
    for (const [operation, tally] of this.tallies) {
      rows.push(row(operation, tally, seconds));
      all.latencies.push(...tally.latencies);
      all.ok += tally.ok;
      all.refused += tally.refused;
      all.serverErrors += tally.serverErrors;
      all.noAnswer += tally.noAnswer;
    }
    rows.push(row('all', all, seconds));
    return formatTable(rows);
  }

  private tally(operation: Operation): Tally {
    return this.tallies.get(operation) as Tally;
  }

  private sample(line: string): void {
    if (this.samples.length < 12) this.samples.push(line.slice(0, 400));
  }
}

function row(label: string, tally: Tally, seconds: number): string[] {
  const latency = latencySummary(tally.latencies);
  return [
    label,
    String(latency.count),
    (latency.count / seconds).toFixed(1),
    latency.p50.toFixed(0),
    latency.p95.toFixed(0),
    latency.p99.toFixed(0),
    latency.max.toFixed(0),
    String(tally.ok),
    String(tally.refused),
    String(tally.serverErrors),
    String(tally.noAnswer),
  ];
}
