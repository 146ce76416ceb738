import { atMoments, type Scenario, momentsOver, sleep } from './scenario.js';
import { checkQueueCoverage } from './queued-reminders.js';
import { type ProofStack, QUEUE_PREFIX } from './proof-stack.js';

const RESTARTS = 2;
const KILLS = 4;
/** WORKER_CONCURRENCY's default: a killed worker had at most this many e-mails on their way. */
const JOBS_PER_WORKER = 5;

/** The processes must have come through on their own: one start each, and healthy now. */
async function recoveredWithoutRestart(stack: ProofStack): Promise<string[]> {
  const problems: string[] = [];
  for (const process of [stack.api, stack.worker]) {
    if (process.starts !== 1) problems.push(`${process.name} was started ${process.starts} times: it should have recovered on its own`);
    if (!process.running) problems.push(`${process.name} is not running:\n${process.output.slice(-2000)}`);
  }
  return problems;
}

export const FAULTS: readonly Scenario[] = [
  {
    name: 'postgres',
    title: `PostgreSQL (the run's own cluster) stopped and started ${RESTARTS} times during the load`,
    reconcileEveryMs: 300_000,
    withPeak: false,
    emailsInDoubtAllowed: 0,
    toleratedStatuses: [503], // the database away: the API says so, and the client retries
    async inject(stack, options, until, log) {
      await atMoments(momentsOver(options.seconds, RESTARTS), until, async (index) => {
        log(`PostgreSQL: fast shutdown ${index + 1} (every connection cut), down 3 s`);
        await stack.postgres.restart(3_000);
        log('PostgreSQL: up again');
      });
    },
    verify: recoveredWithoutRestart,
  },
  {
    name: 'redis',
    title: `redis-server (the run's own, no persistence) killed and started empty ${RESTARTS} times during the load and a reminder peak`,
    reconcileEveryMs: 5_000,
    withPeak: true,
    emailsInDoubtAllowed: 0,
    toleratedStatuses: [],
    async inject(stack, options, until, log) {
      await atMoments(momentsOver(options.seconds, RESTARTS), until, async (index) => {
        log(`Redis: SIGKILL ${index + 1}, every queued job lost, down 1 s`);
        await stack.redis.restart(1_000);
        log('Redis: up again, empty');
      });
    },
    async verify(stack) {
      const problems = await recoveredWithoutRestart(stack);
      const coverage = await checkQueueCoverage(stack, QUEUE_PREFIX);
      if (coverage.wanted === 0) problems.push('no reminder ahead to check: the load scheduled no future deadline');
      if (coverage.missing.length > 0) problems.push(`${coverage.missing.length} of ${coverage.wanted} reminders ahead are not queued again: ${coverage.missing.slice(0, 5).join(', ')}`);
      return problems;
    },
  },
  {
    name: 'worker',
    title: `the worker killed (SIGKILL) and started again ${KILLS} times during a reminder peak`,
    reconcileEveryMs: 300_000,
    withPeak: true,
    emailsInDoubtAllowed: KILLS * JOBS_PER_WORKER,
    toleratedStatuses: [],
    async inject(stack, options, until, log) {
      // The peak is scheduled 5 s in; each life of the worker then sends for 1.5 s, mid-peak, before it is killed.
      await sleep(Math.min(6_500, options.seconds * 110));
      for (let kill = 1; kill <= KILLS && Date.now() < until; kill += 1) {
        await sleep(1_500);
        await stack.worker.kill();
        log(`worker: SIGKILL ${kill} after ${stack.sink.accepted.length} e-mails accepted`);
        await stack.worker.start();
        log('worker: started again and healthy');
      }
    },
    async verify() {
      return [];
    },
  },
  {
    name: 'api',
    title: `the API killed (SIGKILL) mid-request and started again ${KILLS} times during the load`,
    reconcileEveryMs: 300_000,
    withPeak: false,
    emailsInDoubtAllowed: 0,
    toleratedStatuses: [],
    async inject(stack, options, until, log) {
      await atMoments(momentsOver(options.seconds, KILLS), until, async (index) => {
        await stack.api.kill();
        log(`API: SIGKILL ${index + 1} with requests in flight`);
        await sleep(500);
        await stack.api.start();
        log('API: started again and healthy');
      });
    },
    async verify() {
      return [];
    },
  },
];
