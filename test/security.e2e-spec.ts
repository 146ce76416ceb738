import { problemMessages } from '#libs/testing/problem-messages';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import request from 'supertest';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, changedTables, databaseSnapshot, type SeededTenant, SettableClock, startApiTestApp, TEST_PASSWORD } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { buildFuzzWorld, CLOSED_DAY, type FuzzWorld } from './fuzz/fuzz-world.js';
import { RawHttpClient } from './fuzz/raw-http.client.js';

const JWT_SECRET = randomBytes(32).toString('hex');
/** Small, so that oversized uploads cost nothing; the default is 20 MiB. */
const MAX_BYTES = 64 * 1024;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An HS256 JWT as jsonwebtoken makes one, with any claims and any secret. */
function signed(claims: object, secret = JWT_SECRET, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('security: tokens, tenants, file names, upload sizes and SQL in filters (real PostgreSQL, files on disk)', () => {
  let api: ApiTestApp;
  let world: FuzzWorld;
  let home: SeededTenant;
  let away: SeededTenant;
  /** A folder holding only the attachments folder: anything a traversal wrote beside it shows here. */
  let sandbox: string;
  let attachmentsDir: string;
  const clock = new SettableClock(new Date('2025-05-10T12:00:00+09:00'));

  beforeAll(async () => {
    sandbox = await realpath(await mkdtemp(join(tmpdir(), 'security-e2e-')));
    attachmentsDir = join(sandbox, 'attachments');
    await mkdir(attachmentsDir);
    api = await startApiTestApp({
      module: ApiModule,
      configure: configureApiApp,
      tenants: ['ichinoseki', 'morioka'],
      clock,
      config: { jwtSecret: JWT_SECRET, attachmentsDir, attachmentMaxBytes: MAX_BYTES },
    });
    world = await buildFuzzWorld(api);
    ({ home, away } = world);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    if (sandbox) await rm(sandbox, { recursive: true, force: true });
  });

  const http = () => request(api.app.getHttpServer());
  const caseOf = (label: string) => world.cases.find((owned) => owned.label === label)?.id as string;
  /** Every file under the sandbox, hidden and temporary ones included, relative to it. */
  async function filesInSandbox(): Promise<string[]> {
    const entries = await readdir(sandbox, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => !entry.isDirectory()).map((entry) => relative(sandbox, join(entry.parentPath, entry.name))).sort();
  }

  describe('tokens', () => {
    const claimsOf = (who: keyof SeededTenant['users'], tenant = home, epoch = 0) => ({
      sub: tenant.users[who].id,
      tenantId: tenant.id,
      role: who === 'secondReviewer' ? 'reviewer' : who === 'otherApplicant' ? 'applicant' : who,
      epoch,
      iat: nowSeconds() - 60,
      exp: nowSeconds() + 600,
    });
    /** A route of each kind: the caller, case reads, an event, attachments, administration. */
    const routes = () => [
      ['GET', '/me'],
      ['GET', '/cases'],
      ['GET', `/cases/${caseOf('draft')}`],
      ['POST', `/cases/${caseOf('draft')}/events`],
      ['GET', `/cases/${caseOf('draft')}/attachments`],
      ['GET', '/admin/users'],
      ['POST', `/admin/users/${home.users.officer.id}/sign-out`],
    ] as const;

    async function refusedEverywhere(token: string, code: string): Promise<void> {
      const before = await databaseSnapshot(api.database);
      for (const [method, path] of routes()) {
        const pending = method === 'GET' ? http().get(path) : http().post(path).send({ type: 'ADD_NOTE', note: 'x' });
        const response = await pending.set('Authorization', `Bearer ${token}`);
        expect({ route: `${method} ${path}`, status: response.status, body: response.body }).toEqual({
          route: `${method} ${path}`,
          status: 401,
          body: { statusCode: 401, code, message: expect.any(String), problems: [], requestId: response.headers['x-request-id'] },
        });
      }
      expect(changedTables(before, await databaseSnapshot(api.database))).toEqual([]);
    }

    it('accepts a token signed here with live claims, so that the refusals below are about what was changed', async () => {
      const token = signed(claimsOf('admin'));
      expect((await http().get('/admin/users').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    });

    it('refuses an expired token on every route with 401 "token expired"', async () => {
      await refusedEverywhere(signed({ ...claimsOf('admin'), iat: nowSeconds() - 7200, exp: nowSeconds() - 1 }), 'AUTH_TOKEN_EXPIRED');
    });

    it('refuses a token whose payload was changed while its signature was kept', async () => {
      const [header, , signature] = signed(claimsOf('applicant')).split('.');
      for (const changed of [{ ...claimsOf('applicant'), role: 'admin' }, claimsOf('admin'), { ...claimsOf('applicant'), exp: nowSeconds() + 86_400 * 365 }]) {
        await refusedEverywhere(`${header}.${base64url(changed)}.${signature}`, 'AUTH_TOKEN_INVALID');
      }
    });

    it('refuses an unsigned token (alg none), one of another algorithm, and one signed with another secret', async () => {
      await refusedEverywhere(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsOf('admin'))}.`, 'AUTH_TOKEN_INVALID');
      await refusedEverywhere(signed(claimsOf('admin'), JWT_SECRET, { alg: 'HS512', typ: 'JWT' }), 'AUTH_TOKEN_INVALID');
      await refusedEverywhere(signed(claimsOf('admin'), randomBytes(32).toString('hex')), 'AUTH_TOKEN_INVALID');
    });

    it("refuses a token naming this municipality's user under another municipality, or with a non-UUID subject", async () => {
      await refusedEverywhere(signed({ ...claimsOf('admin'), tenantId: away.id }), 'AUTH_TOKEN_INVALID');
      await refusedEverywhere(signed({ ...claimsOf('admin'), sub: "' OR 1=1 --" }), 'AUTH_TOKEN_INVALID');
    });

    it('refuses every token issued before a logout, and one issued before an administrator signed the user out', async () => {
      const login = async (tenant: SeededTenant, email: string) =>
        (await http().post('/auth/login').send({ tenant: tenant.code, email, password: TEST_PASSWORD }).expect(200)).body.accessToken as string;
      const approver = await login(home, home.users.approver.email);
      await http().post('/auth/logout').set('Authorization', `Bearer ${approver}`).expect(204);
      await refusedEverywhere(approver, 'AUTH_SIGNED_OUT');

      const finance = await login(home, home.users.finance.email);
      const admin = await login(home, home.users.admin.email);
      await http().post(`/admin/users/${home.users.finance.id}/sign-out`).set('Authorization', `Bearer ${admin}`).expect(204);
      await refusedEverywhere(finance, 'AUTH_SIGNED_OUT');
      expect((await http().get('/me').set('Authorization', `Bearer ${await login(home, home.users.finance.email)}`)).status).toBe(200);
    });
  });

  describe("another municipality's token", () => {
    const as = (who: keyof SeededTenant['users']) => api.as(who, away);

    it("gets 404 for every case route on this municipality's cases, and changes nothing", async () => {
      const before = await databaseSnapshot(api.database);
      const homeCases = world.cases.filter((owned) => owned.tenant === 'home');
      const attachment = world.attachments.find((owned) => owned.tenant === 'home')?.id as string;
      const notice = world.notices.find((owned) => owned.tenant === 'home')?.id as string;
      for (const who of ['applicant', 'officer', 'reviewer', 'approver', 'finance'] as const) {
        const client = await as(who);
        for (const { id, label } of homeCases) {
          const answers = [
            await client.get(`/cases/${id}`),
            await client.get(`/cases/${id}/history`),
            await client.get(`/cases/${id}/expenses`),
            await client.get(`/cases/${id}/payments`),
            await client.get(`/cases/${id}/notes`),
            await client.get(`/cases/${id}/reviews`),
            await client.get(`/cases/${id}/attachments`),
            await client.get(`/cases/${id}/attachments/${attachment}`),
            await client.get(`/cases/${id}/notices`),
            await client.get(`/cases/${id}/notices/${notice}`),
            await client.post(`/cases/${id}/events`, { type: 'WITHDRAW', reason: '他市から' }),
          ];
          expect({ who, label, statuses: answers.map((answer) => answer.status) }).toEqual({ who, label, statuses: answers.map(() => 404) });
          expect(answers.map((answer) => answer.body.code)).toEqual(answers.map(() => 'CASE_NOT_FOUND'));
        }
        const list = await client.get(`/cases?organization=${home.organizationId}`);
        expect({ who, status: list.status, items: list.body.items }).toEqual({ who, status: 200, items: [] });
      }
      expect(changedTables(before, await databaseSnapshot(api.database))).toEqual([]);
    });

    it("lets its administrator neither see nor change this municipality's users, organizations and closed days", async () => {
      const admin = await as('admin');
      const before = await databaseSnapshot(api.database);
      const refusals = [
        await admin.patch(`/admin/users/${home.users.officer.id}`, { role: 'admin' }),
        await admin.post(`/admin/users/${home.users.officer.id}/sign-out`),
        await admin.patch(`/admin/organizations/${home.organizationId}`, { name: '乗っ取り' }),
        await admin.post(`/admin/organizations/${home.organizationId}/members/${away.users.applicant.id}`),
        await admin.post(`/admin/organizations/${away.organizationId}/members/${home.users.applicant.id}`),
        await admin.delete(`/admin/organizations/${home.organizationId}/members/${home.users.applicant.id}`),
        await admin.delete(`/admin/closed-days/${CLOSED_DAY}`),
      ];
      expect(refusals.map((response) => response.status)).toEqual(refusals.map(() => 404));
      expect(changedTables(before, await databaseSnapshot(api.database))).toEqual([]);

      const homeIds = new Set(Object.values(home.users).map((user) => user.id));
      const users = await admin.get('/admin/users').expect(200);
      expect(users.body.filter((user: { id: string }) => homeIds.has(user.id))).toEqual([]);
      const organizations = await admin.get('/admin/organizations').expect(200);
      expect(organizations.body.map((organization: { id: string }) => organization.id).sort()).toEqual([away.organizationId, away.otherOrganizationId].sort());
      expect((await admin.get('/admin/closed-days').expect(200)).body).toEqual([]);
      const trail = await admin.get('/admin/audit/administration').expect(200);
      expect(trail.body.items.filter((entry: { subjectId: string }) => homeIds.has(entry.subjectId))).toEqual([]);
    });
  });

  describe('file names of uploads', () => {
    /** A multipart body written by hand: the file name parameter exactly as given. */
    function multipart(fileNameParameter: string): { type: string; body: Buffer } {
      const boundary = `----security-${randomBytes(6).toString('hex')}`;
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="documentKind"\r\n\r\nbudget\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${fileNameParameter}\r\nContent-Type: text/csv\r\n\r\n`),
        Buffer.from('区分,金額\n消耗品費,12000\n'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { type: `multipart/form-data; boundary=${boundary}`, body };
    }

    it.each([
      ['a relative path out of the folder', 'filename="../../outside.csv"'],
      ['Windows separators', 'filename="..\\\\..\\\\outside.csv"'],
      ['an absolute path', `filename="${sep}tmp${sep}outside.csv"`],
      ['a NUL byte, percent-encoded', "filename*=UTF-8''..%2F..%2Foutside%00.csv"],
      ['an encoded path', "filename*=UTF-8''..%2F..%2F..%2Foutside.csv"],
      ['a doubly encoded path', 'filename="..%252F..%252Foutside.csv"'],
    ])('keeps %s as a display name only; the file lands at a key the server made', async (_what, parameter) => {
      const caseId = caseOf('draft');
      const before = await filesInSandbox();
      const form = multipart(parameter);
      const token = await api.tokenOf('applicant');
      const response = await http().post(`/cases/${caseId}/attachments`).set('Authorization', `Bearer ${token}`).set('Content-Type', form.type).send(form.body);

      expect(response.status).toBe(201);
      const { id, originalName } = response.body as { id: string; originalName: string };
      expect(originalName).not.toMatch(/[/\\\u0000]/);
      expect(originalName).not.toBe('..');
      const [row] = await api.database.query<{ storage_key: string; original_name: string }>(`SELECT storage_key, original_name FROM attachment WHERE id = $1`, [id]);
      expect(row).toEqual({ storage_key: `${home.id}/${caseId}/${id}`, original_name: originalName });
      // The one new file is the server's key inside the attachments folder; nothing was written beside the folder.
      const added = (await filesInSandbox()).filter((file) => !before.includes(file));
      expect(added).toEqual([join('attachments', home.id, caseId, id)]);
      expect(await readFile(join(attachmentsDir, home.id, caseId, id), 'utf8')).toBe('区分,金額\n消耗品費,12000\n');
    });

    it('refuses a raw NUL byte in the file name as a malformed part, and stores nothing', async () => {
      const [files, database] = [await filesInSandbox(), await databaseSnapshot(api.database)];
      const form = multipart('filename="../../outside\u0000.csv"');
      const token = await api.tokenOf('applicant');
      const response = await http().post(`/cases/${caseOf('draft')}/attachments`).set('Authorization', `Bearer ${token}`).set('Content-Type', form.type).send(form.body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'REQUEST_MALFORMED',
        message: '送られたファイルを読み取れません。送信が途中で切れたか、形式（multipart/form-data）が正しくありません。もう一度送ってください。',
        requestId: response.headers['x-request-id'],
      });
      expect(await filesInSandbox()).toEqual(files);
      expect(changedTables(database, await databaseSnapshot(api.database))).toEqual([]);
    });
  });

  describe('oversized uploads', () => {
    it.each([
      ['one byte over', MAX_BYTES + 1],
      ['three times over', 3 * MAX_BYTES],
    ])('refuses a file %s ATTACHMENT_MAX_BYTES with 413, and leaves no row and no file, not even a temporary one', async (_what, size) => {
      const caseId = caseOf('draft');
      const [files, database] = [await filesInSandbox(), await databaseSnapshot(api.database)];
      const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]);
      const response = await http()
        .post(`/cases/${caseId}/attachments`)
        .set('Authorization', `Bearer ${await api.tokenOf('applicant')}`)
        .field('documentKind', 'budget')
        .attach('file', content, { filename: 'big.pdf', contentType: 'application/pdf' });

      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', maxBytes: MAX_BYTES, requestId: response.headers['x-request-id'] });
      expect(await filesInSandbox()).toEqual(files);
      expect(changedTables(database, await databaseSnapshot(api.database))).toEqual([]);
    });

    it('refuses an oversized upload sent in chunks without a Content-Length the same way', async () => {
      const client = await RawHttpClient.listeningOn(api.app.getHttpServer() as Server);
      try {
        const caseId = caseOf('draft');
        const [files, database] = [await filesInSandbox(), await databaseSnapshot(api.database)];
        const boundary = '----security-chunked';
        const body = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="documentKind"\r\n\r\nbudget\r\n`),
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`),
          Buffer.alloc(2 * MAX_BYTES, 0x20),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const response = await client.send({
          method: 'POST',
          path: `/cases/${caseId}/attachments`,
          headers: { authorization: `Bearer ${await api.tokenOf('applicant')}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
          body,
          chunked: true,
        });
        expect(response.status).toBe(413);
        expect(await filesInSandbox()).toEqual(files);
        expect(changedTables(database, await databaseSnapshot(api.database))).toEqual([]);
      } finally {
        client.close();
      }
    });
  });

  describe('text PostgreSQL cannot store: U+0000 (in neither text nor jsonb) and lone surrogates (not in jsonb)', () => {
    const NUL = 'must not contain the NUL character (U+0000)';
    const SURROGATE = 'must be well-formed Unicode: it has a lone surrogate (U+D800 to U+DFFF)';

    it('is refused with 400 naming the field, in a body, a query and a path, where it was a 500; nothing is stored', async () => {
      const [applicant, admin] = [await api.as('applicant'), await api.as('admin')];
      const before = await databaseSnapshot(api.database);
      const refusals: Array<[request.Response, string]> = [
        [await http().post('/auth/login').set('Accept-Language', 'en').send({ tenant: 'a\u0000b', email: 'applicant@ichinoseki.example', password: TEST_PASSWORD }), `tenant ${NUL}`],
        [await applicant.post(`/cases/${caseOf('consultation')}/events`, { type: 'ADD_NOTE', note: 'a\u0000b' }), `note ${NUL}`],
        [await applicant.post(`/cases/${caseOf('consultation')}/events`, { type: 'ADD_NOTE', note: 'a\ud800b' }), `note ${SURROGATE}`],
        [await applicant.post('/cases', { programCode: 'a\u0000b', organizationId: home.organizationId, start: 'consultation' }), `programCode ${NUL}`],
        [await applicant.get(`/cases?program=${encodeURIComponent('a\u0000b')}`), `program ${NUL}`],
        [await admin.post('/admin/closed-days', { date: '2026-09-01', reason: 'a\u0000b' }), `reason ${NUL}`],
        [await admin.post('/admin/closed-days', { date: '2026-09-01', reason: '\ud800' }), `reason ${SURROGATE}`],
        [await admin.post('/admin/organizations', { name: '\udc00', type: 'npo', area: '一関' }), `name ${SURROGATE}`],
        [await admin.post('/admin/users', { email: 'nul@ichinoseki.example', displayName: 'a\u0000b', role: 'officer', password: TEST_PASSWORD }), `displayName ${NUL}`],
        [await admin.get(`/admin/programs/${encodeURIComponent('a\u0000b')}`), `code ${NUL}`],
        [await admin.post('/admin/programs', { ...seedProgram('協働支援'), code: 'ヌル', nameJa: 'a\u0000b' }), `nameJa ${NUL}`],
      ];
      for (const [response, message] of refusals) {
        expect({ status: response.status, messages: problemMessages(response.body) }).toEqual({ status: 400, messages: [message] });
      }
      expect(changedTables(before, await databaseSnapshot(api.database))).toEqual([]);
    });
  });

  describe('SQL in the filters of the list routes', () => {
    const INJECTIONS = [
      "' OR 1=1 --",
      "'; DROP TABLE grant_case; --",
      '%',
      '_',
      '\\',
      '‘’“”＇',
      "協働支援' --",
      '協働%',
      '協働__',
      "\\'; SELECT pg_sleep(5); --",
      '" OR ""="',
      "1) OR (1=1",
      '$1',
    ];
    /** A plain value that matches nothing: what an injection that is not refused must be answered like. */
    const PLAIN = 'nothing';
    /** Each filter of each list route (their query DTOs), and who reads the route. */
    const FILTERS: Array<{ route: string; filter: string; who: keyof SeededTenant['users'] }> = [
      ...['program', 'state', 'fiscalYear', 'organization', 'assignedToMe', 'overdue', 'limit', 'cursor'].map((filter) => ({ route: '/cases', filter, who: 'officer' as const })),
      ...['unread', 'limit', 'cursor'].map((filter) => ({ route: '/me/notifications', filter, who: 'applicant' as const })),
      ...['action', 'before', 'limit'].map((filter) => ({ route: '/admin/audit/administration', filter, who: 'admin' as const })),
      ...['fiscalYear', 'format'].map((filter) => ({ route: '/reports/fiscal-year-close', filter, who: 'finance' as const })),
    ];
    const query = (route: string, filter: string, value: string) =>
      `${route}?${new URLSearchParams({ ...(route.startsWith('/reports') && filter !== 'fiscalYear' ? { fiscalYear: '2025' } : {}), [filter]: value })}`;

    it.each(FILTERS)('$route?$filter=…: every injection is refused with 400 naming the filter, or answered as a plain value is', async ({ route, filter, who }) => {
      const client = await api.as(who);
      const before = await databaseSnapshot(api.database);
      const plainAnswer = await client.get(query(route, filter, PLAIN));
      for (const injection of INJECTIONS) {
        const response = await client.get(query(route, filter, injection));
        if (response.status === 400) {
          expect({ injection, message: JSON.stringify(response.body.message) }).toEqual({ injection, message: expect.stringContaining(filter) });
        } else {
          expect({ injection, status: response.status, body: response.body }).toEqual({ injection, status: plainAnswer.status, body: plainAnswer.body });
        }
      }
      expect(changedTables(before, await databaseSnapshot(api.database))).toEqual([]);
    });

    it.each([
      ['/cases', 'officer', 'CASE_INVALID_CURSOR'],
      ['/me/notifications', 'applicant', 'NOTIFICATION_INVALID_CURSOR'],
    ] as const)('%s refuses a cursor shaped like its own that PostgreSQL could not read with 400, never 500', async (route, who, error) => {
      const client = await api.as(who);
      const lookAlikes = [
        { createdAt: '2025-05-10T03:00:00.000Z', id: 'a'.repeat(36) },
        { createdAt: '2025-05-10T03:00:00.000Z', id: '-'.repeat(36) },
        { createdAt: '2025-02-30T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' },
        { createdAt: '0000-01-01T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' },
        { createdAt: '-271821-04-20T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' },
        { createdAt: 'Tuesday 1', id: '00000000-0000-4000-8000-000000000000' },
      ];
      for (const cursor of lookAlikes) {
        const response = await client.get(`${route}?cursor=${Buffer.from(JSON.stringify(cursor)).toString('base64url')}`);
        expect({ cursor, status: response.status, error: response.body.code }).toEqual({ cursor, status: 400, error });
      }
      const real = Buffer.from(JSON.stringify({ createdAt: '2025-05-10T03:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
      expect((await client.get(`${route}?cursor=${real}`)).status).toBe(200);
    });

    it('finds cases by program only by the exact code: the wildcards of LIKE match nothing', async () => {
      const officer = await api.as('officer');
      const exact = await officer.get(`/cases?program=${encodeURIComponent('協働支援')}`).expect(200);
      expect(exact.body.items.length).toBeGreaterThan(0);
      for (const pattern of ['協働%', '協働__', '%', '_%']) {
        expect((await officer.get(`/cases?program=${encodeURIComponent(pattern)}`).expect(200)).body.items).toEqual([]);
      }
    });
  });
});
