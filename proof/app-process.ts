import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { waitUntilHealthy } from '#libs/local-services';
import { peakRssMiBOf } from '../bench/process-usage.js';

/** This file runs as proof/dist/proof/app-process.js. */
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const OUTPUT_KEPT = 20_000;
/** How long a stopping process may take before it is killed. */
const STOP_GRACE_MS = 15_000;
/** Problem lines (pino level warn and above, anything on stderr) kept for the report: the first ones say most. */
const PROBLEMS_KEPT = 40;

/**
 * The API or the worker of the build, run as a deployment runs it (its own process, its
 * environment only), which a fault run may kill and start again. Its output is kept (the
 * last part) to show when something goes wrong; peak memory is read before each exit.
 */
export class AppProcess {
  private child: ChildProcess | undefined;
  private tail = '';
  /** The first warn, error and fatal lines the process logged, over every life of it. */
  readonly problems: string[] = [];
  problemCount = 0;
  /** Peak RSS over every life of the process, in MiB. */
  peakRssMiB = 0;
  starts = 0;

  constructor(
    readonly name: 'api' | 'worker',
    private readonly env: Record<string, string>,
    private readonly healthUrl: string,
  ) {}

  get output(): string {
    return this.tail;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [`${REPOSITORY}dist/apps/${this.name}/src/main.js`], {
      cwd: REPOSITORY,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts += 1;
    // Each life and each stream has its own unfinished last line.
    const partial = { stdout: '', stderr: '' };
    const read = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      this.tail = (this.tail + chunk.toString()).slice(-OUTPUT_KEPT);
      const lines = (partial[stream] + chunk.toString()).split('\n');
      partial[stream] = lines.pop() ?? '';
      for (const line of lines) if (isProblem(line, stream)) this.problem(line);
    };
    child.stdout?.on('data', read('stdout'));
    child.stderr?.on('data', read('stderr'));
    try {
      await waitUntilHealthy(this.healthUrl, 60_000, () => child.exitCode === null && child.signalCode === null);
    } catch (error) {
      throw new Error(`${this.name} did not become healthy: ${(error as Error).message}\n${this.tail.slice(-3000)}`);
    }
  }

  /** SIGKILL: no shutdown hook runs, work in flight is cut where it stands. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** SIGTERM: the graceful stop a deployment sends. */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.peakRssMiB = Math.max(this.peakRssMiB, peakRssMiBOf(child.pid ?? 0) ?? 0);
    const exited = once(child, 'exit');
    child.kill(signal);
    // A process that does not stop within the grace (a worker closing BullMQ while Redis is away) is killed.
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited.finally(() => clearTimeout(timer));
  }

  private problem(line: string): void {
    this.problemCount += 1;
    if (this.problems.length < PROBLEMS_KEPT) this.problems.push(line.slice(0, 600));
  }

  /** Reads the peak RSS of the running process into `peakRssMiB`. */
  sampleMemory(): void {
    if (this.child?.pid && this.running) this.peakRssMiB = Math.max(this.peakRssMiB, peakRssMiBOf(this.child.pid) ?? 0);
  }
}

/** A JSON log line of level 40 (warn) and above, or anything on stderr (a crash's stack, say). */
function isProblem(line: string, stream: 'stdout' | 'stderr'): boolean {
  if (stream === 'stderr') return line.trim().length > 0;
  const level = /"level":(\d+)/.exec(line)?.[1];
  return level !== undefined && Number(level) >= 40;
}
