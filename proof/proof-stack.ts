import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { OUTBOX_TOPICS } from '#libs/outbox';
import { QueueName } from '#libs/queue';
import { freePort } from '../libs/testing/src/free-port.js';
import { SmtpSink } from '../bench/reminders-smtp-sink.js';
import { ApiClient } from './api-client.js';
import { AppProcess } from './app-process.js';
import { OwnPostgres } from './own-postgres.js';
import { OwnRedis } from './own-redis.js';
import { type ProofTenant, seedProofTenants } from './proof-seed.js';

/** The BullMQ key prefix of the run's API and worker. */
export const QUEUE_PREFIX = 'proof';
const QUEUES = Object.values(QueueName);
/**
 * The worker's REMINDER_HOUR in a proof run: midnight, so a reminder due today has passed its
 * hour whenever the run starts and goes out at once (at 9, a run before 09:00 Tokyo would
 * see its peak wait for the hour, and check nothing).
 */
export const PROOF_REMINDER_HOUR = 0;

export interface StackPlan {
  tenants: number;
  organizationsPerTenant: number;
  /** How often the worker's reconciler compares pending deadlines with the queue (RECONCILE_EVERY_MS). */
  reconcileEveryMs: number;
}

/**
 * Everything a proof run stands on, its own and nothing shared: a PostgreSQL cluster, a
 * redis-server without persistence, an SMTP server that keeps what it accepted, an
 * attachments folder, and the built API and worker as two processes, as deployed.
 */
export class ProofStack {
  private constructor(
    readonly postgres: OwnPostgres,
    readonly redis: OwnRedis,
    readonly sink: SmtpSink,
    readonly attachmentsDir: string,
    readonly tenants: ProofTenant[],
    readonly api: AppProcess,
    readonly worker: AppProcess,
    readonly client: ApiClient,
    /** The API's JWT_SECRET, so the security checks can sign tokens of their own (expired ones, say). */
    readonly jwtSecret: string,
  ) {}

  /**
   * Starts each part and hands its clean-up to `onCleanUp` at once, so a failed start or a
   * signal midway stops what had started (the caller runs the clean-ups newest first).
   */
  static async start(plan: StackPlan, onStep: (what: string) => void, onCleanUp: (cleanUp: () => Promise<unknown>) => void): Promise<ProofStack> {
    onStep('PostgreSQL (embedded, own cluster)');
    const postgres = await OwnPostgres.start();
    onCleanUp(() => postgres.stop());
    onStep('redis-server (own, no persistence)');
    const redis = await OwnRedis.start();
    onCleanUp(() => redis.stop());
    const sink = await SmtpSink.start();
    onCleanUp(() => sink.close());
    const attachmentsDir = await mkdtemp(join(tmpdir(), 'proof-attachments-'));
    onCleanUp(() => rm(attachmentsDir, { recursive: true, force: true }));
    onStep(`migrations and ${plan.tenants} municipalities × ${plan.organizationsPerTenant} organizations`);
    const tenants = await seedProofTenants(postgres.databaseUrl, plan.tenants, plan.organizationsPerTenant);

    const [apiPort, workerPort] = [await freePort(), await freePort()];
    const jwtSecret = randomBytes(36).toString('base64');
    const common = {
      DATABASE_URL: postgres.databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: QUEUE_PREFIX,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
    };
    const api = new AppProcess(
      'api',
      {
        ...common,
        PORT: String(apiPort),
        JWT_SECRET: jwtSecret,
        ATTACHMENTS_DIR: attachmentsDir,
        // Every user logs in once from this one address: the per-address limit is not what is measured.
        LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
      },
      `http://127.0.0.1:${apiPort}/health`,
    );
    const worker = new AppProcess(
      'worker',
      {
        ...common,
        WORKER_HEALTH_PORT: String(workerPort),
        SMTP_URL: `${sink.url}?pool=true`,
        OUTBOX_POLL_MS: '200',
        REMINDER_HOUR: String(PROOF_REMINDER_HOUR),
        RECONCILE_EVERY_MS: String(plan.reconcileEveryMs),
      },
      `http://127.0.0.1:${workerPort}/health`,
    );
    onStep('API and worker processes');
    onCleanUp(() => Promise.allSettled([api.stop(), worker.stop()]));
    await Promise.all([api.start(), worker.start()]);
    return new ProofStack(postgres, redis, sink, attachmentsDir, tenants, api, worker, new ApiClient(`http://127.0.0.1:${apiPort}`), jwtSecret);
  }

  /** A short-lived connection as the database owner, for the run's own reads. */
  async query<Row extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<Row[]> {
    const client = new pg.Client({ connectionString: this.postgres.databaseUrl });
    await client.connect();
    try {
      return (await client.query<Row>(sql, values)).rows;
    } finally {
      await client.end();
    }
  }

  /**
   * Waits until the worker has caught up: every outbox message it relays published, no job
   * waiting or running (a job a killed worker held comes back once its lock expires, 30 s),
   * and no delivery written for `quietMs`, so the reminders due by now have gone out. Null
   * when it did not settle within `timeoutMs`; else how long it took. Says where it stands every 5 s.
   */
  async settle(quietMs: number, timeoutMs: number, onProgress: (line: string) => void): Promise<number | null> {
    const queues = QUEUES.map((name) => new Queue(name, { connection: { url: this.redis.url }, prefix: QUEUE_PREFIX }));
    try {
      const startedAt = Date.now();
      let last = '';
      let sameSince = Date.now();
      for (let polls = 0; Date.now() - startedAt < timeoutMs; polls += 1) {
        const jobs = await jobsInFlight(queues);
        const [row] = await this.query<{ unpublished: string; deliveries: string; sending: string }>(
          `SELECT (SELECT count(*) FROM outbox WHERE published_at IS NULL AND topic = ANY($1::text[])) AS unpublished,
                  (SELECT count(*) FROM delivery) AS deliveries,
                  (SELECT count(*) FROM delivery WHERE status <> 'sent') AS sending`,
          [OUTBOX_TOPICS],
        );
        const now = `${row?.unpublished}/${jobs}/${row?.deliveries}/${row?.sending}/${this.sink.accepted.length}`;
        if (polls % 10 === 0) {
          const where = `${row?.unpublished} outbox messages to relay, ${jobs} jobs waiting or running, ${row?.deliveries} deliveries (${row?.sending} not sent), ${this.sink.accepted.length} e-mails accepted`;
          onProgress(`settling ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${where}`);
        }
        if (now !== last) {
          last = now;
          sameSince = Date.now();
        } else if (row?.unpublished === '0' && jobs === 0 && Date.now() - sameSince >= quietMs) return Date.now() - startedAt;
        await new Promise((wait) => setTimeout(wait, 500));
      }
      return null;
    } finally {
      await Promise.all(queues.map((queue) => queue.close()));
    }
  }
}

async function jobsInFlight(queues: readonly Queue[]): Promise<number> {
  const counts = await Promise.all(queues.map((queue) => queue.getJobCounts('active', 'waiting', 'prioritized')));
  return counts.flatMap((count) => Object.values(count)).reduce((sum, value) => sum + value, 0);
}
