import { randomBytes, randomUUID } from 'node:crypto';
import {
  BuiltProcess,
  createTestDatabase,
  expectEventually,
  freePort,
  TEST_REDIS_URL,
  type TestDatabase,
} from '#libs/testing';

describe('API logs (the built process, JSON lines)', () => {
  let database: TestDatabase;
  let api: BuiltProcess;
  let apiUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    api = new BuiltProcess('api/src/main', {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      PORT: String(port),
      LOG_FORMAT: 'json',
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    await api.waitForOutput(/Nest application successfully started/);
  });

  afterAll(async () => {
    api?.kill('SIGTERM');
    await api?.exited;
    await database?.drop();
  });

  const logLines = () =>
    api.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one JSON object a line, each naming the service', async () => {
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ service: 'api', level: expect.any(Number), time: expect.any(String) });
  });

  it("logs a request under the caller's request id, with method, path and status", async () => {
    const requestId = `desk-${randomUUID()}`;
    const response = await fetch(`${apiUrl}/no-such-page`, { headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(404);
    await expectEventually(() => {
      const line = logLines().find((entry) => entry.requestId === requestId);
      expect(line).toMatchObject({ msg: expect.stringMatching(/^GET \/no-such-page 404 \d+ ms$/), service: 'api' });
    });
  });

  it('keeps health probes out of the log', async () => {
    const before = logLines().length;
    expect((await fetch(`${apiUrl}/health`)).status).toBe(200);
    expect((await fetch(`${apiUrl}/no-such-page`)).status).toBe(404);
    await expectEventually(() => expect(logLines().length).toBe(before + 1));
    const requestUrls = logLines().map((line) => (line.req as { url?: string } | undefined)?.url);
    expect(requestUrls).toContain('/no-such-page');
    expect(requestUrls).not.toContain('/health');
  });
});
