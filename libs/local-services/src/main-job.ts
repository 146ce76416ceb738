import type { EnvironmentVariables } from '#libs/config';
import { runMigrations } from '#libs/persistence';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ensureLocalRedis } from './local-redis.js';
import { type ProcessExit, ServiceProcess } from './service-process.js';
import type { ServiceLogger } from './service-logger.js';
import { waitUntilHealthy } from './wait-until-healthy.js';

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 30_000;

export interface MainJobScripts {
  api: string;
  worker: string;
}

/**
 * `npm start`: brings up what is missing (embedded PostgreSQL, a local redis-server),
 * migrates, then runs the API and the worker as two processes until a signal or until
 * one of them dies, and stops everything it started, last started first.
 */
export async function runMainJob(
  variables: EnvironmentVariables,
  scripts: MainJobScripts,
  logger: ServiceLogger,
): Promise<number> {
  const stops: Array<() => Promise<unknown>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => logger.warn(String(error)));
  };
  try {
    // Redis first: finding none is the likelier failure, and cheaper than starting PostgreSQL.
    let redisUrl = variables.REDIS_URL;
    if (!redisUrl) {
      const redis = await ensureLocalRedis(variables.DATA_DIR, logger);
      if (redis.stop) stops.push(redis.stop);
      redisUrl = redis.redisUrl;
    }
    let databaseUrl = variables.DATABASE_URL;
    if (!databaseUrl) {
      logger.info(`DATABASE_URL is not set: starting the embedded PostgreSQL on 127.0.0.1:${variables.EMBEDDED_POSTGRES_PORT}`);
      const postgres = await startEmbeddedPostgres(variables.DATA_DIR, variables.EMBEDDED_POSTGRES_PORT, logger);
      stops.push(postgres.stop);
      databaseUrl = postgres.databaseUrl;
    }

    const applied = await runMigrations(databaseUrl);
    logger.info(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');

    const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl };
    const api = new ServiceProcess('api', scripts.api, env);
    const worker = new ServiceProcess('worker', scripts.worker, env);
    stops.push(() => worker.stop(STOP_GRACE_MS), () => api.stop(STOP_GRACE_MS));

    const apiUrl = `http://localhost:${variables.PORT}`;
    await Promise.all([
      waitUntilHealthy(`${apiUrl}/health`, STARTUP_TIMEOUT_MS, () => api.running),
      waitUntilHealthy(`http://localhost:${variables.WORKER_HEALTH_PORT}/health`, STARTUP_TIMEOUT_MS, () => worker.running),
    ]);
    logger.info(`Ready. API: ${apiUrl}  OpenAPI docs: ${apiUrl}/docs`);

    const outcome = await Promise.race([signalled(), api.exited, worker.exited]);
    if (typeof outcome === 'string') {
      logger.info(`${outcome} received: stopping the API, the worker and the services started here`);
      await stopAll();
      logger.info('Stopped');
      return 0;
    }
    logger.warn(describeExit(outcome));
    await stopAll();
    return 1;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function signalled(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done(signal));
  });
}

function describeExit({ name, code, signal }: ProcessExit): string {
  return `The ${name} process exited (${signal ?? `code ${code}`}); stopping the rest`;
}
