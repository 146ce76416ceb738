import type { ReconcileRemindersJobResult } from '#libs/queue';

/** What the benchmark asks of its worker process, over the IPC channel. */
export type WorkerCommand =
  | { type: 'pause-relay' }
  /** The worker's clock then runs from `clockAt` (epoch ms), and the relay polls again. */
  | { type: 'resume-relay'; clockAt: number }
  | { type: 'reconcile' }
  | { type: 'usage' }
  | { type: 'stop' };

/** What the worker process answers; `ready` comes unasked once it runs. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'relay-paused' }
  /** How far the worker's clock is ahead of the real one, in ms: the real instant of a clock instant is `instant - offsetMs`. */
  | { type: 'relay-resumed'; offsetMs: number }
  | { type: 'reconciled'; result: ReconcileRemindersJobResult; seconds: number }
  | { type: 'usage'; usage: WorkerUsage }
  | { type: 'failed'; message: string };

/** Counters of the worker process since it started; phases take differences. */
export interface WorkerUsage {
  cpuMs: number;
  statements: number;
  peakRssMiB: number;
}
