import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ReconcileRemindersJobResult } from '#libs/queue';
import type { WorkerCommand, WorkerReply, WorkerUsage } from './reminders-worker.messages.js';

/** This file runs as bench/dist/bench/reminders-worker.process.js, beside the worker's entry. */
const ENTRY = fileURLToPath(new URL('./reminders-worker.js', import.meta.url));
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

/** One reconciler pass: what it found, and how long it took inside the worker. */
export interface ReconcilePass {
  result: ReconcileRemindersJobResult;
  seconds: number;
}

/**
 * The benchmark's handle on its worker process (bench/reminders-worker.ts): started with the
 * environment a deployment gives the worker, logging at the default level to /dev/null (so the
 * benchmark does not pay for reading it), asked one thing at a time over IPC.
 */
export class WorkerProcess {
  private stderr = '';

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
  }

  static async start(env: Record<string, string>): Promise<WorkerProcess> {
    const child = fork(ENTRY, [], {
      cwd: REPOSITORY,
      env: { PATH: process.env.PATH ?? '', LOG_FORMAT: 'json', ...env },
      execArgv: [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const worker = new WorkerProcess(child);
    await worker.answer('ready');
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Resolves once the relay has finished the batch in hand and stopped polling. */
  async pauseRelay(): Promise<void> {
    await this.request({ type: 'pause-relay' }, 'relay-paused');
  }

  /** Sets the worker's clock running from `clockAt` and lets the relay poll again; answers the clock's offset from the real one. */
  async resumeRelay(clockAt: Date): Promise<number> {
    return (await this.request({ type: 'resume-relay', clockAt: clockAt.getTime() }, 'relay-resumed')).offsetMs;
  }

  /** One pass of the reconciler (as its job scheduler runs it), timed inside the worker. */
  async reconcile(): Promise<ReconcilePass> {
    const { result, seconds } = await this.request({ type: 'reconcile' }, 'reconciled');
    return { result, seconds };
  }

  async usage(): Promise<WorkerUsage> {
    return (await this.request({ type: 'usage' }, 'usage')).usage;
  }

  /** Closes the worker as SIGTERM would (jobs in flight finish); killed if it takes longer than 30 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = once(this.child, 'exit');
    if (this.child.connected) this.child.send({ type: 'stop' } satisfies WorkerCommand);
    else this.child.kill('SIGTERM');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timeout);
  }

  private get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  private request<T extends WorkerReply['type']>(command: WorkerCommand, answer: T): Promise<Extract<WorkerReply, { type: T }>> {
    const answered = this.answer(answer);
    this.child.send(command);
    return answered;
  }

  /** The next message of type `type`; a failure reported by the worker, or its exit, rejects. */
  private answer<T extends WorkerReply['type']>(type: T): Promise<Extract<WorkerReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      const onMessage = (message: WorkerReply) => {
        if (message.type === type) {
          settle();
          resolve(message as Extract<WorkerReply, { type: T }>);
        } else if (message.type === 'failed') {
          settle();
          reject(new Error(`the worker process failed: ${message.message}`));
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        settle();
        reject(new Error(`the worker process exited (${signal ?? code}) before answering ${type}:\n${this.stderr}`));
      };
      this.child.on('message', onMessage);
      this.child.on('exit', onExit);
    });
  }
}
