import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { JobName, QueueName } from '#libs/queue';
import { type ApiTestApp, type SeededTenant, startApiTestApp, TEST_PASSWORD, TEST_REDIS_URL, testConfig, uniqueQueuePrefix } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];

const NON_ADMINS: Who[] = ['applicant', 'otherApplicant', 'officer', 'reviewer', 'secondReviewer', 'approver', 'finance'];

describe('the queue dashboard (bull-board at /admin/queues, real PostgreSQL and Redis)', () => {
  const prefix = uniqueQueuePrefix();
  const jwtSecret = randomBytes(32).toString('hex');
  let api: ApiTestApp;
  let operator: SeededTenant;
  let municipality: SeededTenant;
  let reminders: Queue;

  beforeAll(async () => {
    const config = { queuePrefix: prefix, jwtSecret, queueDashboardTenant: 'ichinoseki' };
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], config });
    [operator, municipality] = api.tenants;
    // A job for the dashboard to show: ids only, as every payload.
    reminders = new Queue(QueueName.Reminders, { connection: { url: TEST_REDIS_URL }, prefix });
    await reminders.add(JobName.Escalation, { deadlineId: '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b' }, { jobId: 'escalation-shown', delay: 3_600_000 });
  });

  afterAll(async () => {
    await reminders?.obliterate({ force: true });
    await reminders?.close();
    await api?.close();
  });

  const server = () => api.app.getHttpServer();

  /** A new login each time, not the harness's cached one: the last test signs the admin out. */
  async function tokenOf(who: Who, of: SeededTenant = operator): Promise<string> {
    const response = await request(server()).post('/auth/login').send({ tenant: of.code, email: of.users[who].email, password: TEST_PASSWORD }).expect(200);
    return response.body.accessToken as string;
  }

  async function sessionCookieOf(token: string): Promise<string> {
    const response = await request(server()).post('/admin/queues/session').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(204);
    const [cookie] = response.headers['set-cookie'] as unknown as string[];
    return (cookie as string).split(';')[0] as string;
  }

  describe('refuses', () => {
    it('a request without a token: 401 asking for a bearer token', async () => {
      const response = await request(server()).get('/admin/queues');
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body).toMatchObject({ statusCode: 401, code: 'AUTH_MISSING_CREDENTIALS' });
      expect((await request(server()).get('/admin/queues/api/queues')).status).toBe(401);
    });

    it('a token this server did not sign, in the header or the cookie', async () => {
      const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
      const byHeader = await request(server()).get('/admin/queues').set('Authorization', `Bearer ${forged}`);
      const byCookie = await request(server()).get('/admin/queues/api/queues').set('Cookie', `grants_queue_dashboard=${forged}`);
      for (const response of [byHeader, byCookie]) {
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('AUTH_TOKEN_INVALID');
      }
    });

    it.each(NON_ADMINS)('%s of the operating municipality: 403 naming the admin role, for the page, its API and a session', async (who) => {
      const token = await tokenOf(who);
      for (const response of [
        await request(server()).get('/admin/queues').set('Authorization', `Bearer ${token}`),
        await request(server()).get('/admin/queues/api/queues').set('Authorization', `Bearer ${token}`),
        await request(server()).post('/admin/queues/session').set('Authorization', `Bearer ${token}`),
      ]) {
        expect(response.status).toBe(403);
        expect(response.headers['set-cookie']).toBeUndefined();
        expect(response.body).toMatchObject({ statusCode: 403, code: 'QUEUE_DASHBOARD_FORBIDDEN', allowedRoles: ['admin'] });
        expect(response.body).toMatchObject({ code: 'QUEUE_DASHBOARD_FORBIDDEN', message: 'キューの管理画面は、システム管理者だけが開けます。' });
      }
    });

    it("an admin of another municipality: the queues hold every municipality's jobs", async () => {
      const token = await tokenOf('admin', municipality);
      const page = await request(server()).get('/admin/queues').set('Authorization', `Bearer ${token}`);
      const session = await request(server()).post('/admin/queues/session').set('Authorization', `Bearer ${token}`);
      for (const response of [page, session]) {
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({
          code: 'QUEUE_DASHBOARD_FORBIDDEN',
          allowedRoles: ['admin'],
          message: 'キューの管理画面は、この環境を運用する自治体（ichinoseki）のシステム管理者だけが開けます。キューにはすべての自治体のジョブが入っているためです。',
        });
      }
    });

    it('every admin while QUEUE_DASHBOARD_TENANT names no municipality', async () => {
      const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot(testConfig(api.database.url, { queuePrefix: prefix, jwtSecret }))] }).compile();
      const closed = configureApiApp(moduleRef.createNestApplication({ bufferLogs: true }));
      await closed.init();
      try {
        const token = await tokenOf('admin');
        const response = await request(closed.getHttpServer()).get('/admin/queues').set('Authorization', `Bearer ${token}`);
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'QUEUE_DASHBOARD_FORBIDDEN', message: 'キューの管理画面は閉じています（QUEUE_DASHBOARD_TENANT が設定されていません）。' });
      } finally {
        await closed.close();
      }
    });

    it('a session opened with the cookie alone: the session route wants the bearer token', async () => {
      const cookie = await sessionCookieOf(await tokenOf('admin'));
      const response = await request(server()).post('/admin/queues/session').set('Cookie', cookie);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_MISSING_CREDENTIALS');
    });
  });

  describe('for an admin of the operating municipality', () => {
    it('serves the dashboard page with the bearer token', async () => {
      const response = await request(server()).get('/admin/queues').set('Authorization', `Bearer ${await tokenOf('admin')}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<div id="root">');
      expect(response.text).toContain('<base href="/admin/queues/" />');
      expect(response.text).toContain('<title>Grants queues</title>');
    });

    it('sets an HttpOnly, SameSite=Strict session cookie for /admin/queues only, which opens the page, its assets and its JSON API', async () => {
      const token = await tokenOf('admin');
      const response = await request(server()).post('/admin/queues/session').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(204);
      const [setCookie] = response.headers['set-cookie'] as unknown as string[];
      const attributes = (setCookie as string).split('; ');
      expect(attributes[0]).toBe(`grants_queue_dashboard=${token}`);
      expect(attributes.slice(1).filter((attribute) => !attribute.startsWith('Max-Age=')).sort()).toEqual(['HttpOnly', 'Path=/admin/queues', 'SameSite=Strict']);
      // Until the token expires (JWT_TTL_SECONDS is 3600 here), counted from its issue in whole seconds.
      const maxAge = Number(attributes.find((attribute) => attribute.startsWith('Max-Age='))?.slice('Max-Age='.length));
      expect(maxAge).toBeGreaterThan(3000);
      expect(maxAge).toBeLessThanOrEqual(3600);

      const cookie = attributes[0] as string;
      const page = await request(server()).get('/admin/queues/queue/reminders').set('Cookie', cookie);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const asset = /src="(static\/js\/[^"]+\.js)"/.exec(page.text)?.[1];
      expect(asset).toBeDefined();
      expect((await request(server()).get(`/admin/queues/${asset}`).set('Cookie', cookie)).status).toBe(200);
      expect((await request(server()).get(`/admin/queues/${asset}`)).status).toBe(401);

      const api = await request(server()).get('/admin/queues/api/queues').set('Cookie', cookie);
      expect(api.status).toBe(200);
      const queues = api.body.queues as Array<{ name: string; readOnlyMode: boolean; counts: Record<string, number> }>;
      expect(queues.map((queue) => queue.name).sort()).toEqual(Object.values(QueueName).sort());
      const remindersQueue = queues.find((queue) => queue.name === QueueName.Reminders);
      expect(remindersQueue).toMatchObject({ readOnlyMode: true, counts: expect.objectContaining({ delayed: 1 }) });
    });

    it('is read-only: emptying a queue is refused and its jobs stay', async () => {
      const cookie = await sessionCookieOf(await tokenOf('admin'));
      const response = await request(server()).put(`/admin/queues/api/queues/${QueueName.Reminders}/empty`).set('Cookie', cookie);
      expect(response.status).toBe(405);
      expect(await reminders.getJobState('escalation-shown')).toBe('delayed');
    });

    it('ends with the token: after logout the cookie opens nothing', async () => {
      const token = await tokenOf('admin');
      const cookie = await sessionCookieOf(token);
      await request(server()).post('/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
      const response = await request(server()).get('/admin/queues/api/queues').set('Cookie', cookie);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_SIGNED_OUT');
    });
  });
});
