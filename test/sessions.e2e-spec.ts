import request from 'supertest';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, BuiltProcess, createTestDatabase, type SeededTenant, startApiTestApp, TEST_PASSWORD, testConfig } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp, createApiApp } from '../apps/api/src/create-api-app.js';

const SUPPORT = seedProgram('協働支援');
const NEW_PASSWORD = 'a new passphrase of mine';

describe('sessions a browser can hold safely, and accounts a person can run (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'] });
    [tenant] = api.tenants as [SeededTenant];
  });

  afterAll(() => api?.close());

  const http = () => request(api.app.getHttpServer());
  const credentials = (who: keyof SeededTenant['users'], password = TEST_PASSWORD) => ({ tenant: tenant.code, email: tenant.users[who].email, password });
  /** Logs in as a browser does: the cookie it was given, and the CSRF token of the session. */
  async function browserSession(who: keyof SeededTenant['users'], password = TEST_PASSWORD) {
    const response = await http().post('/auth/session').send(credentials(who, password)).expect(200);
    const cookie = (response.headers['set-cookie'] as unknown as string[])[0] as string;
    return { cookie: cookie.split(';')[0] as string, setCookie: cookie, body: response.body, cacheControl: response.headers['cache-control'] };
  }
  const auditEntries = async (caseId: string) =>
    (await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry WHERE case_id = $1`, [caseId]))[0]?.n;

  describe('the session cookie', () => {
    it('is HttpOnly, SameSite=Strict and for the whole site; the answer has no token, only the CSRF token and the time left', async () => {
      const { setCookie, body, cacheControl } = await browserSession('applicant');
      expect(cacheControl).toBe('no-store');
      expect(setCookie).toMatch(/^grants_session=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
      // The cookie lasts as long as the session: its Max-Age is the seconds to expiresAt.
      const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
      expect(Math.abs(maxAge - (Date.parse(body.expiresAt) - Date.now()) / 1000)).toBeLessThan(60);
      expect(body).toMatchObject({ via: 'cookie', accessToken: null, csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), passwordChangeRequired: false });
      expect(body.secondsLeft).toBeGreaterThan(3500);
      expect(body.user).toMatchObject({ id: tenant.users.applicant.id, role: 'applicant' });
    });

    it('opens the API to the browser, and tells the time left and the CSRF token again after a reload', async () => {
      const { cookie, body } = await browserSession('applicant');
      expect((await http().get('/me').set('Cookie', cookie).expect(200)).body.id).toBe(tenant.users.applicant.id);
      const session = await http().get('/auth/session').set('Cookie', cookie).expect(200);
      expect(session.body).toMatchObject({ via: 'cookie', csrfToken: body.csrfToken, accessToken: null });
      expect(session.body.secondsLeft).toBeLessThanOrEqual(body.secondsLeft);
    });

    it('refuses a write by cookie without the CSRF token, with another session’s, or from another site, and stores nothing', async () => {
      const mine = await browserSession('applicant');
      const others = await browserSession('applicant');
      const opened = await http().post('/cases').set('Cookie', mine.cookie).set('X-CSRF-Token', mine.body.csrfToken).send({ programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' });
      expect(opened.status).toBe(201);
      const caseId = opened.body.id as string;
      const note = { type: 'ADD_NOTE', note: '会場について' };
      const before = await auditEntries(caseId);
      const attempts = [
        http().post(`/cases/${caseId}/events`).set('Cookie', mine.cookie).send(note),
        http().post(`/cases/${caseId}/events`).set('Cookie', mine.cookie).set('X-CSRF-Token', others.body.csrfToken).send(note),
        http().post(`/cases/${caseId}/events`).set('Cookie', mine.cookie).set('X-CSRF-Token', mine.body.csrfToken).set('Origin', 'https://evil.example').send(note),
      ];
      for (const attempt of attempts) {
        const response = await attempt;
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'AUTH_CSRF_REJECTED' });
        expect(response.body.message).toBe('この操作は受け付けられません。画面を読み込み直してから、もう一度操作してください。');
      }
      expect(await auditEntries(caseId)).toBe(before);
      await http()
        .post(`/cases/${caseId}/events`)
        .set({ Cookie: mine.cookie, 'X-CSRF-Token': mine.body.csrfToken, Host: 'grants.example', Origin: 'https://grants.example' })
        .send(note)
        .expect(200);
    });

    it('refuses a browser login posted by another site, or as a form (login CSRF), and sets no cookie', async () => {
      const body = credentials('applicant');
      const crossSite = await http().post('/auth/session').set({ Host: 'grants.example', Origin: 'https://evil.example' }).send(body);
      const asForm = await http().post('/auth/session').type('form').send(body);
      for (const response of [crossSite, asForm]) {
        expect({ status: response.status, code: response.body.code, cookie: response.headers['set-cookie'] }).toEqual({ status: 403, code: 'AUTH_CSRF_REJECTED', cookie: undefined });
      }
      const sameSite = await http().post('/auth/session').set({ Host: 'grants.example', Origin: 'https://grants.example' }).send(body);
      expect(sameSite.status).toBe(200);
      const proxied = await http().post('/auth/session').set({ Host: 'api:3000', 'X-Forwarded-Host': 'grants.example', 'X-Forwarded-Proto': 'https', Origin: 'https://grants.example' }).send(body);
      expect(proxied.status).toBe(200);
      expect((proxied.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure$/);
    });

    it('keeps bearer tokens working for API clients, with no CSRF token', async () => {
      const login = await http().post('/auth/login').send(credentials('officer')).expect(200);
      await http().post('/cases').set('Authorization', `Bearer ${login.body.accessToken}`).send({ programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' }).expect(201);
      const session = await http().get('/auth/session').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      expect(session.body).toMatchObject({ via: 'bearer', csrfToken: null, accessToken: null, user: { role: 'officer' } });
    });

    it('ends on logout, cookie and all', async () => {
      const { cookie, body } = await browserSession('finance');
      const logout = await http().post('/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', body.csrfToken).expect(204);
      expect((logout.headers['set-cookie'] as unknown as string[])[0]).toMatch(/^grants_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict$/);
      expect((await http().get('/me').set('Cookie', cookie)).body.code).toBe('AUTH_SIGNED_OUT');
    });
  });

  describe('renewing a session before it ends', () => {
    it('gives a new cookie with a whole lifetime and a CSRF token that works; refuses a renewal without the CSRF token', async () => {
      const { cookie, body } = await browserSession('applicant');
      const refused = await http().post('/auth/session/renew').set('Cookie', cookie);
      expect({ status: refused.status, code: refused.body.code, cookie: refused.headers['set-cookie'] }).toEqual({ status: 403, code: 'AUTH_CSRF_REJECTED', cookie: undefined });

      const renewal = await http().post('/auth/session/renew').set('Cookie', cookie).set('X-CSRF-Token', body.csrfToken).expect(200);
      const renewedCookie = ((renewal.headers['set-cookie'] as unknown as string[])[0] as string).split(';')[0] as string;
      expect(renewedCookie).not.toBe(cookie);
      expect(renewal.body).toMatchObject({ via: 'cookie', accessToken: null, passwordChangeRequired: false, user: { id: tenant.users.applicant.id } });
      expect(renewal.body.csrfToken).not.toBe(body.csrfToken);
      expect(Date.parse(renewal.body.expiresAt)).toBeGreaterThanOrEqual(Date.parse(body.expiresAt));
      await http()
        .post('/cases')
        .set({ Cookie: renewedCookie, 'X-CSRF-Token': renewal.body.csrfToken })
        .send({ programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' })
        .expect(201);
    });

    it('does not outlive a logout: the renewed session ends with the others', async () => {
      const { cookie, body } = await browserSession('reviewer');
      const renewal = await http().post('/auth/session/renew').set('Cookie', cookie).set('X-CSRF-Token', body.csrfToken).expect(200);
      const renewedCookie = ((renewal.headers['set-cookie'] as unknown as string[])[0] as string).split(';')[0] as string;
      await http().post('/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', body.csrfToken).expect(204);
      expect((await http().get('/me').set('Cookie', renewedCookie)).body.code).toBe('AUTH_SIGNED_OUT');
    });
  });

  describe('the web app, served from the same origin', () => {
    it('opens from the bare address, answers its page for any address under /app/, and 404s a missing asset', async () => {
      expect((await http().get('/').expect(302)).headers.location).toBe('/app/');
      const page = await http().get('/app/programs').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.text).toContain('<div id="root"></div>');
      const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(page.text)?.[1] as string;
      expect((await http().get(script).expect(200)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await http().get('/app/assets/gone-0000.js').expect(404)).body.code).toBe('ROUTE_NOT_FOUND');
    });
  });

  describe('security headers', () => {
    it.each(['/health', '/docs', '/me', '/app/'])('sends a CSP without framing, nosniff and a referrer policy on %s', async (path) => {
      const response = await http().get(path);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
    });

    it("keeps no answer of the API in a browser's cache: a case's ETag is the same for every reader, so a kept copy would reach the next person on a shared PC", async () => {
      const applicant = await api.as('applicant');
      const opened = await applicant.post('/cases', { programCode: seedProgram('協働支援').code, organizationId: tenant.organizationId, start: 'application' }).expect(201);
      const read = await applicant.get(`/cases/${opened.body.id}`).expect(200);
      expect(read.headers.etag).toBe(`"${read.body.version}"`);
      expect(read.headers['cache-control']).toBe('no-store');
      expect((await applicant.get('/cases').expect(200)).headers['cache-control']).toBe('no-store');
      expect((await http().get('/health')).headers['cache-control']).toBe('no-store');
    });
  });

  describe('changing one’s own password', () => {
    it('refuses a wrong current password and a short new one, naming the field', async () => {
      const client = await api.as('reviewer');
      const wrong = await client.post('/auth/password', { currentPassword: 'not it at all', newPassword: NEW_PASSWORD });
      expect(wrong.status).toBe(422);
      expect(wrong.body).toMatchObject({ code: 'AUTH_CURRENT_PASSWORD_WRONG', problems: [{ field: 'currentPassword' }] });
      const short = await client.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(short.status).toBe(400);
      expect(short.body.problems).toEqual([{ field: 'newPassword', message: 'newPassword must have 12 characters or more' }]);
      const same = await client.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
      expect(same.body.code).toBe('AUTH_PASSWORD_UNCHANGED');
    });

    it('ends every session so far and goes on with a new one; the new password logs in, the old one no longer', async () => {
      const elsewhere = (await http().post('/auth/login').send(credentials('secondReviewer')).expect(200)).body.accessToken as string;
      const { cookie, body } = await browserSession('secondReviewer');
      const changed = await http().post('/auth/password').set('Cookie', cookie).set('X-CSRF-Token', body.csrfToken).send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).expect(200);
      expect(changed.body).toMatchObject({ via: 'cookie', accessToken: null, csrfToken: expect.any(String) });
      expect(changed.body.csrfToken).not.toBe(body.csrfToken);
      const renewed = ((changed.headers['set-cookie'] as unknown as string[])[0] as string).split(';')[0] as string;
      expect((await http().get('/me').set('Cookie', renewed)).status).toBe(200);
      expect((await http().get('/me').set('Cookie', cookie)).body.code).toBe('AUTH_SIGNED_OUT');
      expect((await http().get('/me').set('Authorization', `Bearer ${elsewhere}`)).body.code).toBe('AUTH_SIGNED_OUT');
      await http().post('/auth/login').send(credentials('secondReviewer')).expect(401);
      await http().post('/auth/login').send(credentials('secondReviewer', NEW_PASSWORD)).expect(200);
    });
  });

  describe('an administrator resets a password', () => {
    it('hands over a one-time password that opens only the password change, and audits the reset without the password', async () => {
      const approverBefore = (await http().post('/auth/login').send(credentials('approver')).expect(200)).body.accessToken as string;
      const reset = await (await api.as('admin')).post(`/admin/users/${tenant.users.approver.id}/password-reset`);
      expect(reset.status).toBe(200);
      const temporaryPassword = reset.body.temporaryPassword as string;
      expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      expect((await http().get('/me').set('Authorization', `Bearer ${approverBefore}`)).body.code).toBe('AUTH_SIGNED_OUT');

      const login = await http().post('/auth/login').send(credentials('approver', temporaryPassword)).expect(200);
      expect(login.body.passwordChangeRequired).toBe(true);
      const bearer = { Authorization: `Bearer ${login.body.accessToken}` };
      const refused = await http().get('/cases').set(bearer);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'AUTH_PASSWORD_CHANGE_REQUIRED', message: '管理者が設定した仮のパスワードです。先に新しいパスワードに変えてください。' });
      await http().get('/me').set(bearer).expect(200);
      expect((await http().get('/auth/session').set(bearer).expect(200)).body.passwordChangeRequired).toBe(true);

      const changed = await http().post('/auth/password').set(bearer).send({ currentPassword: temporaryPassword, newPassword: NEW_PASSWORD }).expect(200);
      expect(changed.body).toMatchObject({ via: 'bearer', passwordChangeRequired: false, accessToken: expect.any(String) });
      await http().get('/cases').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);

      const [entry] = await api.database.query<{ action: string; subject_id: string; payload: unknown }>(
        `SELECT action, subject_id, payload FROM administration_entry WHERE action = 'user.passwordReset'`,
      );
      expect(entry).toEqual({ action: 'user.passwordReset', subject_id: tenant.users.approver.id, payload: {} });
      const trail = JSON.stringify(await api.database.query(`SELECT payload FROM administration_entry`));
      expect(trail).not.toContain(temporaryPassword);
    });

    it('is for administrators only', async () => {
      const response = await (await api.as('officer')).post(`/admin/users/${tenant.users.finance.id}/password-reset`);
      expect(response.body).toMatchObject({ statusCode: 403, code: 'ADMIN_FORBIDDEN', allowedRoles: ['admin'] });
    });
  });
});

describe('npm run tenant:create (the built CLI, real PostgreSQL)', () => {
  it('creates a municipality and its first administrator, who must change the one-time password; a second run changes nothing', async () => {
    const database = await createTestDatabase({ migrated: true });
    try {
      const args = ['--code', 'hanamaki', '--name', '花巻市', '--admin-email', 'admin@city.hanamaki.example', '--admin-name', '花巻 管理者'];
      const first = await BuiltProcess.run('cli/src/create-tenant', { DATABASE_URL: database.url }, args);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Municipality hanamaki (花巻市): created');
      const password = /one-time password (\S+)/.exec(first.stdout)?.[1] as string;
      expect(password).toBeDefined();

      const second = await BuiltProcess.run('cli/src/create-tenant', { DATABASE_URL: database.url }, args);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('already there, left as it is');
      expect(second.stdout).toContain('Administrator admin@city.hanamaki.example: already there, keeps their password');
      expect(await database.query(`SELECT code, name FROM tenant`)).toEqual([{ code: 'hanamaki', name: '花巻市' }]);
      expect(await database.query(`SELECT role, display_name, password_change_required FROM app_user`)).toEqual([
        { role: 'admin', display_name: '花巻 管理者', password_change_required: true },
      ]);

      const app = await createApiApp(testConfig(database.url));
      await app.init();
      try {
        const login = await request(app.getHttpServer()).post('/auth/login').send({ tenant: 'hanamaki', email: 'admin@city.hanamaki.example', password }).expect(200);
        expect(login.body).toMatchObject({ passwordChangeRequired: true, user: { role: 'admin', tenant: { code: 'hanamaki', name: '花巻市' } } });
      } finally {
        await app.close();
      }
      const bad = await BuiltProcess.run('cli/src/create-tenant', { DATABASE_URL: database.url }, ['--code', 'Bad Code']);
      expect(bad.code).toBe(64);
      expect(bad.stderr).toContain('--code: lower-case letters, digits and hyphens');

      await database.query(
        `INSERT INTO app_user (tenant_id, email, display_name, role, password_hash) SELECT id, 'kaikei@city.hanamaki.example', '花巻 会計', 'finance', 'x' FROM tenant WHERE code = 'hanamaki'`,
      );
      const taken = await BuiltProcess.run('cli/src/create-tenant', { DATABASE_URL: database.url }, [...args.slice(0, 4), '--admin-email', 'kaikei@city.hanamaki.example', '--admin-name', '花巻 会計']);
      expect(taken.code).toBe(1);
      expect(taken.stderr).toContain('kaikei@city.hanamaki.example is already a user of hanamaki with the role finance, not an administrator: nothing changed');
      expect(taken.stdout).not.toContain('one-time password');
      expect(await database.query(`SELECT role FROM app_user WHERE email = 'kaikei@city.hanamaki.example'`)).toEqual([{ role: 'finance' }]);
    } finally {
      await database.drop();
    }
  });
});
