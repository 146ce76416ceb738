import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runMigrations } from '#libs/persistence';
import type { TestDatabase } from '../libs/testing/src/test-database.js';

/** The run's own database: created and migrated on the server, dropped at the end whatever happens. */
export interface BenchDatabase extends TestDatabase {
  /** One small pool for the benchmark's own setup and measurements (not the load). */
  pool: pg.Pool;
}

/** `prefix` names the script, so that a database left by a killed run says whose it is. */
export async function createBenchDatabase(serverUrl: string, prefix = 'bench_events'): Promise<BenchDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2, application_name: 'bench-setup' });
  let dropped: Promise<void> | undefined;
  const database: BenchDatabase = {
    name,
    url: url.toString(),
    pool,
    query: async (sql, values) => (await pool.query(sql, values)).rows,
    drop: () =>
      (dropped ??= pool
        .end()
        .catch(() => undefined)
        .then(() => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)))
        .then(() => undefined)),
  };
  try {
    await runMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
