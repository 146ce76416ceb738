/**
 * The reminder worker as the benchmark runs it, in a process of its own: the worker's module
 * exactly as `npm run start:worker` wires it (configuration from the environment, logs to
 * stdout), with one difference, its `Clock`, which the benchmark moves over the IPC channel
 * (the way test/reminders.e2e-spec.ts injects a running clock). The relay can be paused and
 * resumed, so the benchmark decides which outbox messages are relayed at which clock time.
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { Clock } from '#libs/clock';
import { loadConfigOrExit, readAppConfig } from '#libs/config';
import { OutboxPoller } from '#libs/outbox';
import { ReminderReconciler } from '#libs/reminder-delivery';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { ownPeakRssMiB } from './process-usage.js';
import type { WorkerCommand, WorkerReply } from './reminders-worker.messages.js';
import { StatementCounter } from './statement-counter.js';

/** Runs like the real clock from wherever it was last put. */
class MovableClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Puts the clock at `instant` (epoch ms) now; answers how far ahead of the real clock it runs. */
  runFrom(instant: number): number {
    this.offsetMs = instant - Date.now();
    return this.offsetMs;
  }
}

StatementCounter.install();
const config = loadConfigOrExit(readAppConfig);
const clock = new MovableClock();
const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
  .overrideProvider(Clock)
  .useValue(clock)
  .compile();
const app = moduleRef.createNestApplication({ bufferLogs: true });
app.useLogger(app.get(Logger));
await app.init();
const poller = app.get(OutboxPoller);
const reconciler = app.get(ReminderReconciler);

const reply = (message: WorkerReply) => process.send?.(message);

async function handle(command: WorkerCommand): Promise<WorkerReply> {
  switch (command.type) {
    case 'pause-relay':
      await poller.stop();
      return { type: 'relay-paused' };
    case 'resume-relay': {
      const offsetMs = clock.runFrom(command.clockAt);
      poller.start();
      return { type: 'relay-resumed', offsetMs };
    }
    case 'reconcile': {
      const startedAt = performance.now();
      const result = await reconciler.reconcile();
      return { type: 'reconciled', result, seconds: (performance.now() - startedAt) / 1000 };
    }
    case 'usage': {
      const cpu = process.cpuUsage();
      return { type: 'usage', usage: { cpuMs: (cpu.user + cpu.system) / 1000, statements: StatementCounter.count, peakRssMiB: ownPeakRssMiB() } };
    }
    case 'stop':
      await app.close();
      process.exit(0);
  }
}

process.on('message', (command: WorkerCommand) => {
  handle(command).then(reply, (error: unknown) => reply({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
// The benchmark went away (killed, or crashed past its clean-up): nothing is left to measure.
process.on('disconnect', () => void app.close().finally(() => process.exit(1)));
reply({ type: 'ready' });
