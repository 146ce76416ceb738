import { randomBytes, randomUUID } from 'node:crypto';
import {
  BuiltProcess,
  createTestDatabase,
  expectEventually,
  freePort,
  seedTenant,
  TEST_PASSWORD,
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

  it('never writes what opens a session: the bearer header, the cookie both ways, the CSRF token', async () => {
    const tenant = await seedTenant(database, 'ichinoseki');
    const requestId = `session-${randomUUID()}`;
    const login = await fetch(`${apiUrl}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ tenant: 'ichinoseki', email: tenant.users.applicant.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const token = cookie.slice(cookie.indexOf('=') + 1);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const write = await fetch(`${apiUrl}/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'x-request-id': `${requestId}-out` } });
    expect(write.status).toBe(204);
    await expectEventually(() => expect(logLines().filter((line) => String(line.requestId).startsWith(requestId))).toHaveLength(2));
    expect(token.length).toBeGreaterThan(100);
    expect(api.output).not.toContain(token);
    expect(api.output).not.toContain(csrfToken);
    const loggedLogin = logLines().find((line) => line.requestId === requestId) as { res: { headers: Record<string, unknown> } };
    expect(loggedLogin.res.headers['set-cookie']).toBe('[Redacted]');
  });
});
