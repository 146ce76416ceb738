import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
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
      await job.waitForOutput(/"msg":"Ready\. Web app: /, 90_000);
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
      expect(job.output).toContain(`Ready. Web app: ${apiUrl}/app/  API: ${apiUrl}  OpenAPI docs: ${apiUrl}/docs`);
      expect(job.output).toMatch(new RegExp(`Embedded PostgreSQL: postgres://postgres:postgres@127\\.0\\.0\\.1:${env.EMBEDDED_POSTGRES_PORT}/grants \\(use it as DATABASE_URL`));
      const health = await fetch(`${apiUrl}/health`);
      expect(health.status).toBe(200);
      expect((await fetch(`${apiUrl}/docs`)).status).toBe(200);
      const webApp = await fetch(`${apiUrl}/app/`);
      expect(webApp.status).toBe(200);
      expect(await webApp.text()).toContain('<div id="root"></div>');
    });
    expect(exit.code).toBe(0);
    expect(exit.stdout).toContain('"msg":"Stopped"');
    // embedded-postgres's own exit hook threw a TypeError as the process ended: it is gone.
    expect(exit.stderr).toBe('');
  });

  it('reuses the data folder on the next start instead of initialising it again', async () => {
    const exit = await startAndStop(async (job) => {
      expect(job.output).not.toContain('Initialising an embedded PostgreSQL');
      expect(job.output).toContain('Database schema is up to date');
      expect((await fetch(`${apiUrl}/health`)).status).toBe(200);
    });
    expect(exit.code).toBe(0);
  });

  it("stops with one line saying why when the embedded PostgreSQL's user cannot reach the data folder (run as root), never a stack", async () => {
    const privateDir = await mkdtemp(join(tmpdir(), 'grants-private-'));
    try {
      await chmod(privateDir, 0o700);
      const job = new BuiltProcess('launcher/src/main', { ...env, DATA_DIR: join(privateDir, 'data') });
      if (process.getuid?.() === 0) {
        // Root runs PostgreSQL as postgres, who may not enter a 0700 folder of root's.
        const exit = await job.exited;
        expect(exit.code).toBe(1);
        expect(exit.stdout).toContain(`cannot enter ${privateDir} (mode 700)`);
        expect(exit.stdout).toContain('set DATABASE_URL to a PostgreSQL of your own');
        expect(`${exit.stdout}${exit.stderr}`).not.toMatch(/EACCES|\n\s+at /);
      } else {
        // Anyone else runs PostgreSQL as themselves, who may enter their own folder.
        await job.waitForOutput(/"msg":"Ready\. Web app: /, 90_000);
        job.kill('SIGTERM');
        expect((await job.exited).code).toBe(0);
      }
    } finally {
      await rm(privateDir, { recursive: true, force: true });
    }
  });
});

describe('npm start after a build with nothing changed', () => {
  it('starts without building again', async () => {
    const stamp = new URL('../dist/.build-stamp', import.meta.url);
    await writeFile(stamp, 'test\n');
    const later = new Date(Date.now() + 60_000);
    await utimes(stamp, later, later);
    const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('close', (exitCode) => resolve({ stdout: out, code: exitCode }));
    });
    expect({ stdout, code }).toEqual({ stdout: 'The build is up to date (nothing changed since it was made): starting\n', code: 0 });
  });
});
