import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { answersPing } from '#libs/local-services';
import { freePort } from '../libs/testing/src/free-port.js';

/**
 * A redis-server of the run's own, keeping nothing on disk: a restart loses every queued job,
 * as a Redis without persistence (or a failed-over replica that had not caught up) does.
 * Never the machine's shared Redis.
 */
/** How long redis-server may take to stop before it is killed. */
const STOP_GRACE_MS = 5_000;

export class OwnRedis {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Killed (SIGKILL: no goodbye to clients), down for `downMs`, started empty on the same port. */
  async restart(downMs: number): Promise<void> {
    await this.down('SIGKILL');
    await new Promise((wait) => setTimeout(wait, downMs));
    await this.up();
  }

  stop(): Promise<void> {
    return this.down('SIGTERM');
  }

  private async up(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.child = child;
    let failed: Error | undefined;
    child.once('error', (error) => (failed = error));
    const deadline = Date.now() + 10_000;
    while (!(await answersPing(this.url))) {
      if (failed) throw new Error(`redis-server could not be started (${failed.message}): a proof run needs it on the PATH (Debian: apt-get install redis-server)`);
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${this.port}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }

  private async down(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited.finally(() => clearTimeout(timer));
  }
}
