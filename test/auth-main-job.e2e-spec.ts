import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoTenant } from '#libs/accounts';
import { dataSourceOptions } from '#libs/persistence';
import { BuiltProcess, createTestDatabase, freePort, TEST_REDIS_URL, type TestDatabase, uniqueQueuePrefix } from '#libs/testing';

const PASSWORD = 'main job demo password';

/** `npm start` without JWT_SECRET: a secret kept under DATA_DIR, so tokens outlive a restart. */
describe('the main job with no JWT_SECRET', () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  let apiUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await seedDemoTenant(dataSource, new PasswordHasher(), PASSWORD);
    } finally {
      await dataSource.destroy();
    }
    dataDir = await mkdtemp(join(tmpdir(), 'grants-jwt-secret-'));
    const port = await freePort();
    apiUrl = `http://localhost:${port}`;
    env = {
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      PORT: String(port),
      WORKER_HEALTH_PORT: String(await freePort()),
      QUEUE_PREFIX: uniqueQueuePrefix(),
      LOG_FORMAT: 'json',
    };
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  const whileRunning = async (check: (job: BuiltProcess) => Promise<void>) => {
    const job = new BuiltProcess('launcher/src/main', env);
    try {
      await job.waitForOutput(/"msg":"Ready\. Web app: /, 60_000);
      await check(job);
    } finally {
      job.kill('SIGTERM');
    }
    expect((await job.exited).code).toBe(0);
  };

  it('makes a secret once (mode 0600), and a token issued before a restart still works after it', async () => {
    let token = '';
    const file = join(dataDir, 'jwt-secret');
    await whileRunning(async (job) => {
      expect(job.output).toContain(`JWT_SECRET is not set: signing access tokens with a new secret kept in ${file}`);
      const login = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: 'ichinoseki', email: 'officer@ichinoseki.example', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      token = ((await login.json()) as { accessToken: string }).accessToken;
    });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const secret = await readFile(file, 'utf8');
    expect(secret.trim().length).toBeGreaterThanOrEqual(32);

    await whileRunning(async (job) => {
      expect(job.output).toContain(`JWT_SECRET is not set: signing access tokens with the secret kept in ${file}`);
      const me = await fetch(`${apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { role: string }).role).toBe('officer');
    });
    expect(await readFile(file, 'utf8')).toBe(secret);
  });
});
