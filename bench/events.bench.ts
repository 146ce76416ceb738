/**
 * `npm run bench:events`: how many case events per second the event use case accepts on the
 * real PostgreSQL, beside the ceiling the same SQL shape reaches with bare `pg`, and the
 * latency of the two case routes over HTTP under a fixed load.
 *
 * How it runs. `nest build` compiles apps/ and libs/ into dist/ (the script runs it first;
 * it is incremental). bench/tsconfig.json then compiles bench/*.ts with tsc into bench/dist
 * (ignored by git, like every dist/). At run time `#libs/*` resolves through package.json
 * "imports" to the build in dist/, exactly as for the API; the two helpers taken from
 * libs/testing (seedTenant, freePort), which `nest build` leaves out, are imported by relative
 * path and compiled into bench/dist with the bench. No loader, no jest: a plain ESM script.
 *
 * What it does, in one process unless said otherwise:
 * 1. Creates a database of its own on the server in DATABASE_URL (default
 *    postgres://postgres@127.0.0.1:5432/postgres), migrates it with runMigrations, seeds one
 *    tenant with the test factory (two organizations, one user per role, one Argon2id hash,
 *    Ichinoseki's programs), and drops it at the end, on failure and on Ctrl-C too.
 * 2. Use case: a Nest application context (config, PersistenceModule, CasesModule: what the
 *    API wires, minus HTTP) in which each of K clients opens a case (OpenCase,
 *    START_APPLICATION) and sends it SUBMIT … RECORD_PAYMENT through ApplyCaseEvent, then the
 *    next case, for BENCH_SECONDS (default 15). Every accepted event counts. K: on 2 cores
 *    PostgreSQL and Node share the CPU, so a handful of clients saturates it; a short sweep
 *    over BENCH_CLIENTS (default 2,4,8; TypeORM's pool holds 10), BENCH_SWEEP_SECONDS
 *    (default 3) each, picks the K with the most events/s, and that K is measured (with a
 *    single BENCH_CLIENTS value, an untimed run warms up instead).
 * 3. Ceiling: the same SQL shape with `pg` alone, same K, same duration, on copies of a case
 *    the use case wrote (median snapshot size), with its median audit and outbox payloads:
 *    BEGIN; SELECT … FOR UPDATE; UPDATE grant_case; INSERT audit_entry (hash chain kept in
 *    memory); INSERT outbox; COMMIT. An untimed run of BENCH_SWEEP_SECONDS warms it up first.
 *    Steps 2 and 3 alternate in three rounds of BENCH_SECONDS / 3, so that other work on the
 *    machine (a shared development box) weighs on the figure and its ceiling alike.
 * 4. HTTP: the built API as its own process (`dist/apps/api/src/main.js`), an officer logged
 *    in, 2 s of warm-up on each case route, then autocannon with BENCH_HTTP_CONNECTIONS
 *    connections (default 10) for BENCH_HTTP_SECONDS (default 8) each:
 *    GET /me (the cheapest authenticated route: the peer of the read), GET /cases/{id} over
 *    500 cases of step 2, and POST /cases/{id}/events with ADD_NOTE, which a consultation
 *    accepts again and again, over 200 consultations; its peer is ADD_NOTE through the use
 *    case in process with as many clients.
 *
 * Beside each rate: CPU per operation of this process and of the PostgreSQL backends (from
 * /proc, when the server runs here), and statements per operation (every `pg` query counted),
 * which say where the time goes. Progress goes to stderr, one count line a second; results to
 * stdout, ending with `ratio: R (events/s A, ceiling B)`. No figure here is asserted by a test.
 */
import 'reflect-metadata';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { seedTenant, TEST_PASSWORD } from '../libs/testing/src/tenant.factory.js';
import { createBenchDatabase } from './bench-database.js';
import { BenchRun, formatTable } from './bench-run.js';
import { readBenchOptions } from './bench-options.js';
import { combineSlices, type LoadResult } from './closed-loop.js';
import { ApiProcess, type HttpResult } from './http.load.js';
import { papersFreeVersion } from './papers-free-program.js';
import { ownPeakRssMiB } from './process-usage.js';
import { step } from './progress.js';
import { ceilingTemplate, SqlCeiling } from './sql-ceiling.load.js';
import { StatementCounter } from './statement-counter.js';
import { EVENTS_PER_CASE, NOTE, UseCaseBench } from './use-case.load.js';

const CONSULTATIONS = 200;
const CASES_READ = 500;
/** Phases 1 and 2 alternate in this many rounds of BENCH_SECONDS / ROUNDS each. */
const ROUNDS = 3;

const run = new BenchRun('bench:events');
const options = run.orExit(readBenchOptions);
StatementCounter.install();
const startedAt = new Date();

const database = await step('creating and migrating the run database', () => createBenchDatabase(options.serverUrl)).catch((error) => run.fail(error));
run.onCleanUp(() => database.drop());
run.stopOnSignals(() => `stopping the API and dropping ${database.name}`);

try {
  const [server] = await database.query<{ version: string; fsync: string; synchronous_commit: string }>(
    `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`,
  );
  const tenant = await step('seeding a tenant, users (one Argon2id hash) and programs', () => seedTenant(database, 'ichinoseki'));
  await step('adding a version of 協働支援 that asks for no papers', () => papersFreeVersion(database.pool, tenant.id));
  const useCases = await step('starting the Nest application context', () => UseCaseBench.start(database.url, options.redisUrl, tenant));
  run.onCleanUp(() => useCases.close());
  const meter = { pool: database.pool, database: database.name };

  // Phase 1: the use case, after a sweep for the client count.
  const sweep: LoadResult[] = [];
  let clients = options.clients[0] as number;
  if (options.clients.length > 1) {
    for (const trial of options.clients) {
      sweep.push(await useCases.lifecycle({ label: `sweep: use case, ${trial} clients`, unit: 'events', clients: trial, seconds: options.sweepSeconds, meter }));
    }
    clients = sweep.reduce((best, trial) => (trial.perSecond > best.perSecond ? trial : best)).clients;
  } else {
    // The sweep warms the JIT, the pool and the cache; without one, an untimed run does.
    await useCases.lifecycle({ label: `warm-up: use case, ${clients} clients`, unit: 'events', clients, seconds: options.sweepSeconds, meter });
  }
  // Phases 1 and 2 in alternating rounds, so that whatever else the machine does weighs on both alike.
  const template = await ceilingTemplate(database);
  const ceiling = await step(`copying a case for the ceiling's ${clients} clients`, () => SqlCeiling.prepare(database, template, clients));
  run.onCleanUp(() => ceiling.close());
  await ceiling.run({ label: `warm-up: ceiling, ${clients} clients`, unit: 'transactions', clients, seconds: options.sweepSeconds, meter });
  const rounds = Math.min(ROUNDS, options.seconds);
  const eventSlices: LoadResult[] = [];
  const ceilingSlices: LoadResult[] = [];
  for (let round = 1; round <= rounds; round++) {
    const slice = { clients, seconds: options.seconds / rounds, meter };
    eventSlices.push(await useCases.lifecycle({ ...slice, label: `use case, ${clients} clients, round ${round}/${rounds}`, unit: 'events' }));
    ceilingSlices.push(await ceiling.run({ ...slice, label: `ceiling, ${clients} clients, round ${round}/${rounds}`, unit: 'transactions' }));
  }
  await ceiling.close();
  const events = combineSlices('use case (OpenCase + ApplyCaseEvent)', eventSlices);
  const ceilingResult = combineSlices('ceiling (same SQL shape, bare pg)', ceilingSlices);

  const caseIds = (
    await database.query<{ id: string }>(`SELECT id FROM grant_case WHERE id <> ALL($1) ORDER BY random() LIMIT ${CASES_READ}`, [ceiling.caseIds])
  ).map((row) => row.id);
  const consultations = await step(`opening ${CONSULTATIONS} consultations for ADD_NOTE`, () => useCases.openConsultations(CONSULTATIONS));
  const notesInProcess = await useCases.notes(
    { label: `ADD_NOTE through ApplyCaseEvent, ${options.httpConnections} clients`, unit: 'events', clients: options.httpConnections, seconds: options.httpSeconds, meter },
    consultations,
  );
  await useCases.close();
  const rssBeforeHttp = ownPeakRssMiB();

  // Phase 3: HTTP.
  const api = await step('starting the API process', () => ApiProcess.start(database.url, options.redisUrl));
  run.onCleanUp(() => api.stop());
  const load = { connections: options.httpConnections, seconds: options.httpSeconds };
  const token = await api.login(tenant.code, tenant.users.officer.email, TEST_PASSWORD);
  // The API's JIT warms on both routes before anything is measured.
  const warmUp = { connections: options.httpConnections, seconds: Math.min(2, options.httpSeconds) };
  await api.load('warm-up: GET /cases/{id}', warmUp, { method: 'GET', paths: caseIds.map((id) => `/cases/${id}`), token });
  await api.load('warm-up: POST /cases/{id}/events', warmUp, { method: 'POST', paths: consultations.map((id) => `/cases/${id}/events`), token, body: NOTE });
  const me = await api.load('GET /me', load, { method: 'GET', paths: ['/me'], token });
  const reads = await api.load('GET /cases/{id}', load, { method: 'GET', paths: caseIds.map((id) => `/cases/${id}`), token });
  const notes = await api.load('POST /cases/{id}/events', load, { method: 'POST', paths: consultations.map((id) => `/cases/${id}/events`), token, body: NOTE });
  const apiRss = api.peakRssMiB();
  await run.cleanUp();

  report({
    server: server ?? { version: '?', fsync: '?', synchronous_commit: '?' },
    sweep,
    events,
    ceiling: ceilingResult,
    template,
    notesInProcess,
    http: { me, reads, notes },
    rss: { beforeHttp: rssBeforeHttp, bench: ownPeakRssMiB(), api: apiRss },
  });
} catch (error) {
  await run.cleanUp();
  // Loads cut short by the signal fail on the dropped database: the signal handler exits.
  if (!run.interrupted) run.fail(error);
}

interface Report {
  server: { version: string; fsync: string; synchronous_commit: string };
  sweep: LoadResult[];
  events: LoadResult;
  ceiling: LoadResult;
  template: { snapshot: string; auditPayload: string; state: string };
  notesInProcess: LoadResult;
  http: { me: HttpResult; reads: HttpResult; notes: HttpResult };
  rss: { beforeHttp: number; bench: number; api: number | null };
}

function report({ server, sweep, events, ceiling, template, notesInProcess, http, rss }: Report): void {
  const out: string[] = [];
  const rate = (value: number) => value.toFixed(0);
  const ms = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
  const mib = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(0)} MiB`);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0).toFixed(2);
  const table = (rows: string[][]) => out.push(...formatTable(rows));

  out.push('');
  out.push(`bench:events ${startedAt.toISOString().slice(0, 16)}Z: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB,`);
  out.push(`Node ${process.version}, PostgreSQL ${server.version} (fsync ${server.fsync}, synchronous_commit ${server.synchronous_commit}) on ${new URL(options.serverUrl).host}`);
  if (sweep.length > 0) {
    out.push('');
    out.push(
      `client sweep, use case, ${options.sweepSeconds} s each: ${sweep.map((trial) => `${trial.clients} → ${rate(trial.perSecond)}/s`).join(', ')}; measured with ${events.clients}`,
    );
  }
  out.push('');
  out.push(`events: each case is OpenCase + ${EVENTS_PER_CASE - 1} ApplyCaseEvent (SUBMIT … RECORD_PAYMENT); the ceiling writes a ${template.snapshot.length}-byte`);
  out.push(`snapshot (median of the use case's cases, state ${template.state}) and a ${template.auditPayload.length}-byte audit payload (median) per transaction;`);
  out.push(`the two alternate in ${Math.min(ROUNDS, options.seconds)} rounds, ${options.seconds} s each in all`);
  table([
    ['phase', 'clients', 'done', 'seconds', 'per s', 'node CPU ms/op', 'postgres CPU ms/op', 'statements/op', 'refused'],
    ...[events, ceiling, notesInProcess].map((result) => [
      result.label.replace(/, \d+ clients$/, ''),
      String(result.clients),
      String(result.done),
      result.seconds.toFixed(1),
      rate(result.perSecond),
      ms(result.nodeCpuMs),
      ms(result.backendCpuMs),
      result.statements.toFixed(1),
      String(result.refused),
    ]),
  ]);
  for (const result of [events, ceiling, notesInProcess]) {
    for (const problem of result.problems) out.push(`  refused in ${result.label}: ${problem}`);
  }

  out.push('');
  out.push(`HTTP: built API process, autocannon, ${options.httpConnections} connections, ${options.httpSeconds} s per route`);
  table([
    ['route', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'peer', 'peer/s', 'ratio'],
    [http.me.route, rate(http.me.requestsPerSecond), String(http.me.p50), String(http.me.p99), String(http.me.total), String(http.me.non2xx), String(http.me.errors), '-', '-', '-'],
    [
      http.reads.route,
      rate(http.reads.requestsPerSecond),
      String(http.reads.p50),
      String(http.reads.p99),
      String(http.reads.total),
      String(http.reads.non2xx),
      String(http.reads.errors),
      'GET /me',
      rate(http.me.requestsPerSecond),
      ratio(http.reads.requestsPerSecond, http.me.requestsPerSecond),
    ],
    [
      `${http.notes.route} (ADD_NOTE)`,
      rate(http.notes.requestsPerSecond),
      String(http.notes.p50),
      String(http.notes.p99),
      String(http.notes.total),
      String(http.notes.non2xx),
      String(http.notes.errors),
      'ADD_NOTE, no HTTP',
      rate(notesInProcess.perSecond),
      ratio(http.notes.requestsPerSecond, notesInProcess.perSecond),
    ],
  ]);

  out.push('');
  out.push(`peak RSS: bench process ${mib(rss.bench)} (${mib(rss.beforeHttp)} before autocannon started), API process ${mib(rss.api)}`);
  out.push(`ratio: ${ratio(events.perSecond, ceiling.perSecond)} (events/s ${rate(events.perSecond)}, ceiling ${rate(ceiling.perSecond)})`);
  process.stdout.write(`${out.join('\n')}\n`);
}
