/**
 * `npm run bench:reminders`: deadlines written through the event path and relayed into BullMQ,
 * then a fiscal-year-end peak of reminders falling due at one instant and delivered in the
 * application and by e-mail to a real SMTP server, beside BullMQ alone doing the same peak
 * with a worker that does nothing.
 *
 * How it runs: built like bench:events (`nest build`, then tsc compiles bench/ into bench/dist;
 * `#libs/*` resolves to the build in dist/). Three processes: this one (the event use case, the
 * SMTP server, the bare BullMQ peer, the measurements), the worker (bench/reminders-worker.ts:
 * the worker's module as deployed, its clock moved over IPC), and PostgreSQL and Redis.
 *
 * 1. A database of its own on the server in DATABASE_URL, migrated; one tenant seeded (the test
 *    factory), and programs whose application window (募集期間) closes on a chosen day: 50 days
 *    over the year ahead for the background, the end of the fiscal year (31 March) for the peak.
 * 2. The worker starts (a unique QUEUE_PREFIX, SMTP_URL the sink, everything else the worker's
 *    defaults) and its relay is paused.
 * 3. Background: BENCH_DEADLINES − BENCH_PEAK drafts opened with OpenCase (START_APPLICATION, one
 *    transaction each: case, audit entry, the `applicationWindowCloses` deadline, its outbox
 *    message) by BENCH_EVENT_CLIENTS clients on the real clock, then relayed by the worker on the
 *    real clock: three delayed jobs each (7, 3 and 0 days before). One reconciler pass follows.
 * 4. Peak: BENCH_PEAK drafts under the fiscal-year-end program, then the worker's clock is put a
 *    little before the instant their reminders are due (31 March at REMINDER_HOUR, Tokyo) and the
 *    relay resumed: the 7- and 3-day reminders are past and dropped, the one on the day is delayed
 *    until that instant, which comes seconds later in real time, once the relay has ended.
 * 5. Delivery: from the instant to the last e-mail the SMTP server accepted, with the lag of each;
 *    then PostgreSQL must hold one notification and one sent e-mail delivery per reminder.
 * 6. Bare BullMQ: as many jobs, the reminder jobs' options, delayed to one instant, added with
 *    addBulk and done by a no-op Worker with the same concurrency, on the same Redis.
 *
 * The database is dropped, the queues obliterated and the SMTP server closed at the end, on
 * failure and on Ctrl-C too. Progress goes to stderr; results to stdout, ending with
 * `ratio: R (delivered/s A, bare BullMQ B, p99 lag L ms)`. No figure here is asserted by a test.
 */
import 'reflect-metadata';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { formatEraDate, tokyoDateOf } from '#libs/calendar';
import { EnvironmentVariables } from '#libs/config';
import { QueueName } from '#libs/queue';
import { reminderInstant } from '#libs/reminders';
import { seedTenant } from '../libs/testing/src/tenant.factory.js';
import { type BarePeakResult, barePeak } from './bare-bullmq.load.js';
import { createBenchDatabase } from './bench-database.js';
import { BenchRun, formatTable } from './bench-run.js';
import { combineSlices, type LoadResult } from './closed-loop.js';
import { ownPeakRssMiB } from './process-usage.js';
import { step } from './progress.js';
import { DeadlineLoad } from './reminders-deadlines.load.js';
import { type DeliveryResult, watchDeliveries } from './reminders-delivery.watch.js';
import { readRemindersBenchOptions } from './reminders-options.js';
import { insertWindowPrograms, windowPrograms } from './reminders-programs.js';
import { type RelayResult, watchRelay } from './reminders-relay.watch.js';
import { SmtpSink } from './reminders-smtp-sink.js';
import { type ReconcilePass, WorkerProcess } from './reminders-worker.process.js';

/** Relay rate assumed for the peak's lead when there is no background to measure it on. */
const ASSUMED_RELAY_PER_SECOND = 500;
/** The peak's relay is given twice the time the background's rate says it needs, and this much more. */
const LEAD_MARGIN_MS = 3000;
/** Longest period the worker accepts: its reconciler scheduler then stays out of the phases, and one pass is timed apart. */
const RECONCILE_EVERY_MS = 86_400_000;

const run = new BenchRun('bench:reminders');
const options = run.orExit(readRemindersBenchOptions);
const startedAt = new Date();
const reminderHour = new EnvironmentVariables().REMINDER_HOUR;
const prefix = `bench-${randomBytes(3).toString('hex')}`;

const database = await step('creating and migrating the run database', () => createBenchDatabase(options.serverUrl)).catch((error) => run.fail(error));
run.onCleanUp(() => database.drop());
run.stopOnSignals(() => `stopping the worker, obliterating the ${prefix} queues, dropping ${database.name}`);

try {
  const [server] = await database.query<{ version: string; fsync: string; synchronous_commit: string }>(
    `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`,
  );
  const tenant = await step('seeding a tenant, users (one Argon2id hash) and programs', () => seedTenant(database, 'ichinoseki'));
  const today = tokyoDateOf(new Date());
  const programs = windowPrograms(today);
  await step(`adding ${programs.background.length + 1} programs with application windows`, () =>
    insertWindowPrograms(database, tenant.id, today, [programs.peak, ...programs.background]),
  );
  const sink = await step('starting the SMTP server', () => SmtpSink.start());
  run.onCleanUp(() => sink.close());
  const connection = { url: options.redisUrl };
  const queues = [new Queue(QueueName.Reminders, { connection, prefix }), new Queue(QueueName.System, { connection, prefix })];
  run.onCleanUp(async () => {
    for (const queue of queues) await queue.obliterate({ force: true }).finally(() => queue.close());
  });
  const remindersQueue = queues[0] as Queue;
  await remindersQueue.waitUntilReady();
  const redisVersion = remindersQueue.getBackend().redisVersion;

  const worker = await step('starting the worker process', () =>
    WorkerProcess.start({
      DATABASE_URL: database.url,
      REDIS_URL: options.redisUrl,
      QUEUE_PREFIX: prefix,
      SMTP_URL: options.smtpPool ? `${sink.url}?pool=true` : sink.url,
      MAIL_FROM: 'reminders@ichinoseki.example',
      WORKER_CONCURRENCY: String(options.workerConcurrency),
      REMINDER_HOUR: String(reminderHour),
      RECONCILE_EVERY_MS: String(RECONCILE_EVERY_MS),
    }),
  );
  run.onCleanUp(() => worker.stop());
  await worker.pauseRelay();
  const deadlines = await step('starting the Nest application context for OpenCase', () => DeadlineLoad.start(database, options.redisUrl, tenant));
  run.onCleanUp(() => deadlines.close());
  const on = { database, queue: remindersQueue, worker, sink };

  // Background: written, then relayed on the real clock, then one reconciler pass over it all.
  const backgroundCount = options.deadlines - options.peak;
  let backgroundEvents: LoadResult | null = null;
  let backgroundRelay: RelayResult | null = null;
  let reconciled: ReconcilePass | null = null;
  if (backgroundCount > 0) {
    backgroundEvents = await deadlines.open('background: drafts opened (OpenCase)', backgroundCount, options.eventClients, (index) =>
      programOf(programs.background, index),
    );
    backgroundRelay = await watchRelay('background: relay', backgroundCount, on, () => worker.resumeRelay(new Date()));
    await worker.pauseRelay();
    reconciled = await step(`one reconciler pass over ${backgroundCount.toLocaleString('en')} pending deadlines`, () => worker.reconcile());
  }

  // Peak: written, then relayed with the worker's clock a little before the instant its reminders fall due.
  const peakEvents = await deadlines.open(`peak: drafts opened under ${programs.peak.code}`, options.peak, options.eventClients, () => programs.peak.code);
  await deadlines.close();
  const dueOn = await peakDueOn(programs.peak.code);
  const instant = reminderInstant(dueOn, 0, reminderHour);
  const relayPerSecond = backgroundRelay?.deadlinesPerSecond ?? ASSUMED_RELAY_PER_SECOND;
  const leadMs = Math.ceil((2 * (options.peak / relayPerSecond) * 1000 + LEAD_MARGIN_MS) / 1000) * 1000;
  let dueAt = 0;
  const peakRelay = await watchRelay(`peak: relay ${(leadMs / 1000).toFixed(0)} s before the instant`, options.peak, on, async () => {
    dueAt = instant.getTime() - (await worker.resumeRelay(new Date(instant.getTime() - leadMs)));
  });
  const delivery = await watchDeliveries(options.peak, dueAt, on);
  const workerRss = (await worker.usage()).peakRssMiB;
  const deliveryRows = await database.query<{ kind: string; count: number }>(`SELECT channel AS kind, count(*)::int AS count FROM delivery GROUP BY 1 ORDER BY 1`);
  await worker.stop();

  // The peer: BullMQ alone, same peak shape, same concurrency, same Redis.
  const bare = await barePeak({ redisUrl: options.redisUrl, prefix, jobs: options.peak, concurrency: options.workerConcurrency });
  const benchRss = ownPeakRssMiB();
  await run.cleanUp();

  report({
    server: server ?? { version: '?', fsync: '?', synchronous_commit: '?' },
    redisVersion,
    fiscalYear: programs.fiscalYear,
    dueOn,
    leadMs,
    events: combineSlices('drafts opened (OpenCase)', [backgroundEvents, peakEvents].filter((slice) => slice !== null)),
    relays: [backgroundRelay, peakRelay].filter((relay) => relay !== null),
    relayAheadMs: dueAt - peakRelay.endedAt,
    reconciled,
    delivery,
    deliveryRows,
    bare,
    rss: { bench: benchRss, worker: workerRss },
  });
} catch (error) {
  await run.cleanUp();
  // Phases cut short by the signal fail on the dropped database: the signal handler exits.
  if (!run.interrupted) run.fail(error);
}

function programOf(programs: ReadonlyArray<{ code: string }>, index: number): string {
  return (programs[index % programs.length] as { code: string }).code;
}

/** The day the peak's deadlines are due (their window's close, moved off closed days): one day for all. */
async function peakDueOn(code: string): Promise<string> {
  const days = await database.query<{ due_on: string }>(
    `SELECT DISTINCT d.due_on::text AS due_on FROM deadline d
       JOIN grant_case c ON c.id = d.case_id JOIN program_version p ON p.id = c.program_version_id
      WHERE p.code = $1 AND d.status = 'pending'`,
    [code],
  );
  if (days.length !== 1) throw new Error(`the peak's deadlines should share one due day, not ${days.map((day) => day.due_on).join(', ') || 'none'}`);
  return (days[0] as { due_on: string }).due_on;
}

interface Report {
  server: { version: string; fsync: string; synchronous_commit: string };
  redisVersion: string;
  fiscalYear: string;
  dueOn: string;
  leadMs: number;
  events: LoadResult;
  relays: RelayResult[];
  relayAheadMs: number;
  reconciled: ReconcilePass | null;
  delivery: DeliveryResult;
  deliveryRows: Array<{ kind: string; count: number }>;
  bare: BarePeakResult;
  rss: { bench: number; worker: number };
}

function report({ server, redisVersion, fiscalYear, dueOn, leadMs, events, relays, relayAheadMs, reconciled, delivery, deliveryRows, bare, rss }: Report): void {
  const out: string[] = [];
  const rate = (value: number) => value.toFixed(0);
  const ms = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
  const count = (value: number) => value.toLocaleString('en');
  const statements = (value: number) => value.toFixed(value < 1 ? 2 : 1);
  const table = (rows: string[][]) => out.push(...formatTable(rows));
  const ratio = bare.perSecond > 0 ? delivery.perSecond / bare.perSecond : 0;

  out.push('');
  out.push(`bench:reminders ${startedAt.toISOString().slice(0, 16)}Z: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB,`);
  out.push(`Node ${process.version}, PostgreSQL ${server.version} (fsync ${server.fsync}, synchronous_commit ${server.synchronous_commit}) on ${new URL(options.serverUrl).host}, Redis ${redisVersion}`);
  out.push(
    `${count(options.deadlines)} deadlines, of which ${count(options.peak)} due ${formatEraDate(dueOn)}（${dueOn}, end of ${fiscalYear}); reminders at ${reminderHour}:00 Tokyo;`,
  );
  out.push(
    `${options.eventClients} clients open drafts; worker concurrency ${options.workerConcurrency}; SMTP ${options.smtpPool ? 'pooled (?pool=true: 5 connections kept open)' : 'one connection per e-mail'}; outbox batch and poll at the worker's defaults`,
  );

  out.push('');
  table([
    ['phase', 'done', 'seconds', 'per s', 'node CPU ms/op', 'postgres CPU ms/op', 'statements/op'],
    [`deadlines: ${events.label}`, count(events.done), events.seconds.toFixed(1), rate(events.perSecond), ms(events.nodeCpuMs), ms(events.backendCpuMs), statements(events.statements)],
    ...relays.map((relay) => [
      `${relay.label} (${count(relay.jobs)} jobs, ${rate(relay.jobsPerSecond)} jobs/s)`,
      count(relay.deadlines),
      relay.seconds.toFixed(1),
      rate(relay.deadlinesPerSecond),
      ms(relay.workerCpuMs),
      ms(relay.backendCpuMs),
      statements(relay.statements),
    ]),
    [
      'peak: reminders delivered (in-app + e-mail)',
      count(delivery.reminders),
      delivery.seconds.toFixed(1),
      rate(delivery.perSecond),
      ms(delivery.workerCpuMs),
      ms(delivery.backendCpuMs),
      statements(delivery.statements),
    ],
    ['bare BullMQ: no-op jobs, same peak', count(bare.jobs), (bare.jobs / bare.perSecond).toFixed(1), rate(bare.perSecond), ms(bare.cpuMs), '-', '-'],
  ]);
  out.push('(node CPU: the bench process for drafts and bare BullMQ, the worker process for relay and delivery)');
  out.push('');
  out.push(`peak: the relay ended ${(relayAheadMs / 1000).toFixed(1)} s before the instant (lead ${leadMs / 1000} s)${relayAheadMs < 0 ? ': LATE, the lags below include relaying' : ''}`);
  out.push(
    `peak lag, due instant to SMTP 250: p50 ${rate(delivery.lag.p50)} ms, p99 ${rate(delivery.lag.p99)} ms, max ${rate(delivery.lag.max)} ms; ` +
      `bare BullMQ, due to completed: p50 ${rate(bare.lag.p50)} ms, p99 ${rate(bare.lag.p99)} ms`,
  );
  // Each reminder once in the application and once by e-mail, and nothing for the background, whose reminders are all ahead.
  const rowsTotal = deliveryRows.reduce((total, row) => total + row.count, 0);
  const exact = delivery.notifications === delivery.reminders && delivery.emailsSent === delivery.reminders && delivery.duplicates === 0 && rowsTotal === 2 * delivery.reminders;
  if (!exact) process.exitCode = 1;
  out.push(
    `peak check${exact ? '' : ' FAILED'}: ${count(delivery.notifications)} notifications, ${count(delivery.emailsSent)} e-mails marked sent, ${delivery.duplicates} sent twice; ` +
      `delivery rows ${deliveryRows.map((row) => `${row.kind} ${count(row.count)}`).join(', ')}`,
  );
  out.push(
    `bare BullMQ add: ${count(bare.jobs)} jobs with addBulk in ${bare.addSeconds.toFixed(2)} s (${rate(bare.addedPerSecond)} jobs/s), ` +
      `ended ${(bare.addedAheadMs / 1000).toFixed(1)} s before its instant${bare.addedAheadMs < 0 ? ': LATE, its lags include adding' : ''}`,
  );
  if (reconciled) {
    out.push(
      `reconciler pass: ${count(reconciled.result.deadlines)} pending deadlines, ${count(reconciled.result.expected)} jobs wanted, ${reconciled.result.recreated} re-created, in ${reconciled.seconds.toFixed(1)} s`,
    );
  }
  out.push('');
  out.push(`peak RSS: bench process (use case, SMTP server, bare BullMQ) ${rss.bench.toFixed(0)} MiB, worker process ${rss.worker.toFixed(0)} MiB`);
  out.push(`ratio: ${ratio.toFixed(2)} (delivered/s ${rate(delivery.perSecond)}, bare BullMQ ${rate(bare.perSecond)}, p99 lag ${rate(delivery.lag.p99)} ms)`);
  process.stdout.write(`${out.join('\n')}\n`);
}
