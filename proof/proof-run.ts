import { BenchRun } from '../bench/bench-run.js';
import { ownPeakRssMiB } from '../bench/process-usage.js';
import { Progress } from '../bench/progress.js';
import { checkInvariants, formatInvariantReport } from '../libs/testing/src/invariants/index.js';
import { type Scenario, sleep } from './scenario.js';
import { MixedLoad } from './mixed-load.js';
import { readProofOptions } from './proof-options.js';
import { PROOF_REMINDER_HOUR, ProofStack } from './proof-stack.js';
import { openPeakCases, scheduleReminderPeak } from './reminder-peak.js';

/** After the load, how long the worker may take to relay and deliver what is due. */
const SETTLE_TIMEOUT_MS = 300_000;
/** Settled: nothing relayed or delivered for this long (two passes of the Redis run's 5 s reconciler). */
const QUIET_MS = 10_000;
/** A request nobody answered is sent again for at most this long after the load's time is up. */
const RETRY_GRACE_MS = 60_000;

/**
 * One proof run: its own stack, the mixed load for a fixed time with the scenario's fault (if any)
 * beside it, the worker left to catch up, then every invariant checked against what the
 * clients were told. Prints the figures and exits 1 when anything does not hold.
 */
export async function runProof(script: string, scenario: Scenario): Promise<void> {
  const run = new BenchRun(script);
  const options = run.orExit(() => readProofOptions());
  run.stopOnSignals(() => 'stopping the run’s API, worker, PostgreSQL and Redis');
  const say = (line: string) => process.stderr.write(`${line}\n`);
  try {
    console.log(`${script}: ${scenario.title}`);
    console.log(
      `plan: ${options.clients} clients for ${options.seconds} s; ${options.tenants} municipalities × ${options.organizationsPerTenant} organizations; seed ${options.seed}` +
        (scenario.withPeak ? `; a reminder peak of ${options.peak} deadlines` : ''),
    );
    const stack = await ProofStack.start(
      { tenants: options.tenants, organizationsPerTenant: options.organizationsPerTenant, reconcileEveryMs: scenario.reconcileEveryMs },
      (what) => say(`starting ${what}`),
      (cleanUp) => run.onCleanUp(cleanUp),
    );
    const load = new MixedLoad(stack.client, stack.tenants, { clients: options.clients, seconds: options.seconds, seed: options.seed, retryGraceMs: RETRY_GRACE_MS });
    await load.logIn();
    const peakCases = scenario.withPeak ? await openPeakCases(stack) : [];

    const events: string[] = [];
    const log = (line: string) => {
      const stamped = `+${((Date.now() - startedAt) / 1000).toFixed(1)} s ${line}`;
      events.push(stamped);
      say(`\n${stamped}`);
    };
    const startedAt = Date.now();
    const until = startedAt + options.seconds * 1000;
    const progress = new Progress('load', options.seconds, () => load.stats.answeredCount, 'answers');
    const [result] = await Promise.all([
      load.run(),
      scenario.withPeak
        ? sleep(Math.min(5_000, options.seconds * 100)).then(async () => log(`reminder peak: ${await scheduleReminderPeak(stack, options.peak, peakCases)} deadlines due today scheduled`))
        : undefined,
      scenario.inject(stack, options, until, log),
    ]);
    progress.stop();

    const settledMs = await stack.settle(QUIET_MS, SETTLE_TIMEOUT_MS, (line) => process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${line}` : `${line}\n`));
    say('');
    const report = await checkInvariants(stack.postgres.databaseUrl, {
      ledger: result.ledger,
      mails: stack.sink.accepted,
      attachmentsDir: stack.attachmentsDir,
      now: new Date(),
      // Settled means nothing went out for QUIET_MS: every message due before that is owed by now.
      reminderGraceMs: QUIET_MS,
      reminderHour: PROOF_REMINDER_HOUR,
      onProgress: (done, total) => process.stderr.write(`\rinvariants: ${done}/${total} cases`),
    });
    say('');
    const scenarioProblems = await scenario.verify(stack);
    stack.api.sampleMemory();
    stack.worker.sampleMemory();

    console.log('');
    if (events.length > 0) console.log(['what happened:', ...events.map((line) => `  ${line}`)].join('\n'));
    console.log(`\nanswers over ${result.seconds.toFixed(1)} s (a 5xx or no answer is retried with the same Idempotency-Key, and counts here each time):`);
    for (const line of result.stats.table(result.seconds)) console.log(`  ${line}`);
    if (result.stats.statusLines.length > 0) console.log(`answers other than 2xx: ${result.stats.statusLines.join(', ')}`);
    if (result.stats.samples.length > 0) console.log(['first unexpected answers:', ...result.stats.samples.map((line) => `  ${line}`)].join('\n'));
    console.log(
      `\naccepted: ${result.ledger.opened.length} cases opened, ${result.ledger.events.length} events, ${result.ledger.uploads.length} uploads; ` +
        `${result.finishedCases} cases at the end of their journey; e-mails accepted by the SMTP server: ${stack.sink.accepted.length}`,
    );
    console.log(settledMs === null ? `worker: did NOT settle within ${SETTLE_TIMEOUT_MS / 1000} s` : `worker: settled ${(settledMs / 1000).toFixed(1)} s after the load`);
    console.log(`process starts: api ${stack.api.starts}, worker ${stack.worker.starts}`);
    for (const process of [stack.api, stack.worker]) {
      console.log(`${process.name} logged ${process.problemCount} warnings and errors${process.problemCount > 0 ? '; the first ones:' : ''}`);
      for (const line of distinctProblems(process.problems).slice(0, 6)) console.log(`  ${line}`);
    }
    console.log('\ninvariants:');
    for (const line of formatInvariantReport(report)) console.log(`  ${line}`);
    console.log(scenarioProblems.length === 0 ? `${scenario.name} checks: all hold` : [`${scenario.name} checks FAILED:`, ...scenarioProblems.map((line) => `  ${line}`)].join('\n'));
    console.log(
      `\npeak RSS: proof process ${ownPeakRssMiB().toFixed(0)} MiB, api ${stack.api.peakRssMiB.toFixed(0)} MiB, worker ${stack.worker.peakRssMiB.toFixed(0)} MiB`,
    );
    const tooManyInDoubt = report.emailsInDoubt.length > scenario.emailsInDoubtAllowed;
    if (report.emailsInDoubt.length > 0) {
      console.log(`e-mails in doubt: ${report.emailsInDoubt.length}, ${tooManyInDoubt ? 'MORE than' : 'within'} the ${scenario.emailsInDoubtAllowed} this run allows`);
    }
    const verdictProblems = [
      ...result.stats.unexpectedStatuses(scenario.toleratedStatuses).map((line) => `unexpected answers: ${line}`),
      ...(scenario.withPeak ? peakProblems(report.checked['reminder-not-lost'], stack.sink.accepted.length, options.peak, report.emailsInDoubt.length) : []),
    ];
    for (const line of verdictProblems) console.log(line);
    const failed =
      tooManyInDoubt || verdictProblems.length > 0 || report.violations.length > 0 || scenarioProblems.length > 0 || settledMs === null || result.stats.total('ok') === 0;
    console.log(`\n${script}: ${failed ? 'FAILED' : 'PASSED'}`);
    await run.cleanUp();
    process.exit(failed ? 1 : 0);
  } catch (error) {
    await run.cleanUp();
    run.fail(error);
  }
}

/** Log lines told apart by their message, without the time and ids that make each one unique. */
function distinctProblems(lines: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    const message = /"msg":"((?:[^"\\]|\\.){0,160})/.exec(line)?.[1] ?? line;
    const key = message.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d+/g, '#');
    if (!seen.has(key)) seen.set(key, message);
  }
  return [...seen.values()];
}

/** A run with a peak proves nothing about reminders unless the peak went out: every deadline owed, every e-mail at the sink but those in doubt. */
function peakProblems(remindersChecked: number, mailsAccepted: number, peak: number, inDoubt: number): string[] {
  // Each peak deadline reminds the organization's applicant and the officer: two e-mails.
  const expected = 2 * peak;
  const problems: string[] = [];
  if (remindersChecked < peak) problems.push(`the reminder peak was not checked: ${remindersChecked} of its ${peak} reminders were owed by the end`);
  if (mailsAccepted + inDoubt < expected) problems.push(`the reminder peak did not go out: ${mailsAccepted} e-mails at the SMTP server (and ${inDoubt} in doubt) of ${expected}`);
  return problems;
}
