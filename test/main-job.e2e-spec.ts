import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltProcess, freePort, TEST_REDIS_URL, uniqueQueuePrefix } from '#libs/testing';

/**
 * `npm start` without DATABASE_URL: the embedded PostgreSQL, migrations, API and worker.
 * Runs the built launcher as a user would (`npm start` only builds first).
 */
describe('the main job with no DATABASE_URL', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let apiUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'grants-main-job-'));
    // Run as root, PostgreSQL runs as `postgres`, which must be able to reach the folder.
    await chmod(dataDir, 0o755);
    const port = await freePort();
    apiUrl = `http://localhost:${port}`;
    env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      WORKER_HEALTH_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: uniqueQueuePrefix(),
      LOG_FORMAT: 'json',
    };
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const startAndStop = async (check: (job: BuiltProcess) => Promise<void>) => {
    const job = new BuiltProcess('launcher/src/main', env);
    try {
      await job.waitForOutput(/"msg":"Ready\. API: /, 90_000);
      await check(job);
    } finally {
      job.kill('SIGTERM');
    }
    return job.exited;
  };

  it('starts the embedded PostgreSQL, migrates, serves /health and /docs, and stops cleanly', async () => {
    const exit = await startAndStop(async (job) => {
      expect(job.output).toContain('DATABASE_URL is not set: starting the embedded PostgreSQL');
      expect(job.output).toContain('Initialising an embedded PostgreSQL');
      expect(job.output).toContain('Applied migrations: CreateTenant1795478400000, CreateCaseRecords1795478500000');
      expect(job.output).toContain(`Ready. API: ${apiUrl}  OpenAPI docs: ${apiUrl}/docs`);
      const health = await fetch(`${apiUrl}/health`);
      expect(health.status).toBe(200);
      expect((await fetch(`${apiUrl}/docs`)).status).toBe(200);
    });
    expect(exit.code).toBe(0);
    expect(exit.stdout).toContain('"msg":"Stopped"');
  });

  it('reuses the data folder on the next start instead of initialising it again', async () => {
    const exit = await startAndStop(async (job) => {
      expect(job.output).not.toContain('Initialising an embedded PostgreSQL');
      expect(job.output).toContain('Database schema is up to date');
      expect((await fetch(`${apiUrl}/health`)).status).toBe(200);
    });
    expect(exit.code).toBe(0);
  });
});
