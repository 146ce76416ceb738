import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { EnvironmentVariables } from '#libs/config';
import { runMigrations } from '#libs/persistence';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { LocalServiceException } from './local-service.exception.js';
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
      // For the commands run beside the job: DATABASE_URL=… npm run db:seed, psql ….
      logger.info(`Embedded PostgreSQL: ${databaseUrl} (use it as DATABASE_URL for npm run db:seed, tenant:create or psql)`);
    }

    const applied = await runMigrations(databaseUrl);
    logger.info(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');

    const jwtSecret = variables.JWT_SECRET ?? (await persistedJwtSecret(variables.DATA_DIR, logger));
    const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, JWT_SECRET: jwtSecret };
    const api = new ServiceProcess('api', scripts.api, env);
    const worker = new ServiceProcess('worker', scripts.worker, env);
    stops.push(() => worker.stop(STOP_GRACE_MS), () => api.stop(STOP_GRACE_MS));

    const apiUrl = `http://localhost:${variables.PORT}`;
    await Promise.all([
      waitUntilHealthy(`${apiUrl}/health`, STARTUP_TIMEOUT_MS, () => api.running),
      waitUntilHealthy(`http://localhost:${variables.WORKER_HEALTH_PORT}/health`, STARTUP_TIMEOUT_MS, () => worker.running),
    ]);
    logger.info(`Ready. Web app: ${apiUrl}/app/  API: ${apiUrl}  OpenAPI docs: ${apiUrl}/docs`);

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

/**
 * The API's token secret when JWT_SECRET is unset: made once (32 random bytes, readable by
 * this user only) and kept beside the data, so tokens issued before a restart stay valid.
 */
async function persistedJwtSecret(dataDir: string, logger: ServiceLogger): Promise<string> {
  const file = resolve(dataDir, 'jwt-secret');
  await mkdir(dataDir, { recursive: true });
  try {
    // `wx`: never overwrite a secret another start already wrote.
    await writeFile(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    logger.info(`JWT_SECRET is not set: signing access tokens with a new secret kept in ${file}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    logger.info(`JWT_SECRET is not set: signing access tokens with the secret kept in ${file}`);
  }
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < 32) {
    throw new LocalServiceException(`${file} holds fewer than 32 characters: delete it to have a new secret made, or set JWT_SECRET`);
  }
  return secret;
}

function signalled(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done(signal));
  });
}

function describeExit({ name, code, signal }: ProcessExit): string {
  return `The ${name} process exited (${signal ?? `code ${code}`}); stopping the rest`;
}
