import { problemMessages } from '#libs/testing/problem-messages';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ICHINOSEKI_PROGRAMS, MORIOKA_PROGRAMS, type Program, seedProgram } from '#libs/programs';
import { createTestDatabase, type SeededTenant, seedTenant, TEST_PASSWORD, type TestDatabase, testConfig } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];
type Method = 'get' | 'post' | 'patch' | 'delete';

const SUPPORT = seedProgram('協働支援');
/** A password of users this file creates; like TEST_PASSWORD, it must never come back in an answer. */
const NEW_PASSWORD = 'a new password of some length';
const NON_ADMIN_ROLES = ['applicant', 'officer', 'reviewer', 'approver', 'finance'] as const;

describe('administration over HTTP (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  const tokens = new Map<string, string>();
  /** Every answer this file received, to show that none carries a password or a hash. */
  const answers: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    tenant = await seedTenant(database, 'ichinoseki');
    otherTenant = await seedTenant(database, 'morioka');
    const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot(testConfig(database.url))] }).compile();
    app = configureApiApp(moduleRef.createNestApplication({ bufferLogs: true }));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const recorded = async (pending: request.Test): Promise<request.Response> => {
    const response = await pending;
    answers.push(JSON.stringify({ headers: response.headers, body: response.body, text: response.text }));
    return response;
  };

  async function login(tenantCode: string, email: string, password = TEST_PASSWORD): Promise<request.Response> {
    return recorded(request(app.getHttpServer()).post('/auth/login').send({ tenant: tenantCode, email, password }));
  }

  async function tokenOf(who: Who, of: SeededTenant = tenant): Promise<string> {
    const key = `${of.code}:${who}`;
    if (!tokens.has(key)) {
      const response = await login(of.code, of.users[who].email);
      expect(response.status).toBe(200);
      tokens.set(key, response.body.accessToken);
    }
    return tokens.get(key) as string;
  }

  const withToken = (token: string) => {
    const call = (method: Method, path: string, body?: unknown) => {
      const pending = request(app.getHttpServer())[method](path).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'en');
      return recorded(body === undefined ? pending : pending.send(body as object));
    };
    return {
      get: (path: string) => call('get', path),
      post: (path: string, body?: unknown) => call('post', path, body ?? {}),
      patch: (path: string, body: unknown) => call('patch', path, body),
      delete: (path: string) => call('delete', path),
      call,
    };
  };
  const as = async (who: Who, of: SeededTenant = tenant) => withToken(await tokenOf(who, of));
  const admin = () => as('admin');

  const count = async (table: string): Promise<number> =>
    (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;
  const epochOf = async (userId: string): Promise<number> =>
    (await database.query<{ session_epoch: number }>(`SELECT session_epoch FROM app_user WHERE id = $1`, [userId]))[0]?.session_epoch ?? -1;
  const programs = (path: string) => `/admin/programs/${encodeURIComponent(path)}`;
  const versionsOf = (code: string) => `${programs(code)}/versions`;

  async function createUser(fields: { role: string; email: string; liaisonAreas?: string[] }) {
    const response = await (await admin()).post('/admin/users', { displayName: `利用者 ${fields.email}`, password: NEW_PASSWORD, ...fields });
    expect(response.status).toBe(201);
    return response.body as { id: string; email: string; role: string; liaisonAreas: string[] };
  }

  describe('programs', () => {
    it("lists the latest version of each of the municipality's programs with its version numbers", async () => {
      const response = await (await admin()).get('/admin/programs');
      expect(response.status).toBe(200);
      expect(response.body.map((program: { code: string }) => program.code).sort()).toEqual(ICHINOSEKI_PROGRAMS.map((program) => program.code).sort());
      expect(response.body.find((program: { code: string }) => program.code === SUPPORT.code)).toEqual({
        code: SUPPORT.code,
        nameJa: SUPPORT.nameJa,
        municipality: 'ichinoseki',
        latestVersion: 1,
        versions: [1],
        updatedAt: expect.any(String),
      });
    });

    it('creates a program as version 1 and shows it with its versions', async () => {
      const definition: Program = { ...SUPPORT, code: '新規事業', nameJa: '新しい補助金' };
      const created = await (await admin()).post('/admin/programs', definition);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ code: '新規事業', version: 1, createdAt: expect.any(String), caseCount: 0, definition });

      const read = await (await admin()).get(programs('新規事業'));
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ code: '新規事業', latestVersion: 1, versions: [created.body] });
      const listed = await (await admin()).get('/admin/programs');
      expect(listed.body.map((program: { code: string }) => program.code)).toContain('新規事業');
    });

    it('refuses a program whose code exists with 409, storing nothing', async () => {
      const before = await count('program_version');
      const response = await (await admin()).post('/admin/programs', SUPPORT);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'ADMIN_PROGRAM_EXISTS', programCode: SUPPORT.code, latestVersion: 1 });
      expect(await count('program_version')).toBe(before);
    });

    it.each([
      [
        'a wrong rate, a negative cap and an unknown field',
        { ...SUPPORT, code: '壊れた', rate: { numerator: 3, denominator: 2 }, caps: { perFiscalYear: -1, total: null }, surprise: 1 },
        [
          ['surprise', 'surprise is not a field of a program'],
          ['rate', 'rate must not be above 1 (3/2): a rate above 100% would pay more than was spent'],
          ['caps.perFiscalYear', 'caps.perFiscalYear must be a whole number of yen ≥ 0 (got -1)'],
        ],
      ],
      ['a missing field', (({ nameJa: _, ...rest }) => ({ ...rest, code: '名無し' }))(SUPPORT), [['nameJa', 'nameJa is missing']]],
      ['another municipality', { ...SUPPORT, code: '盛岡風', municipality: 'morioka' }, [
        ['municipality', 'municipality must be "ichinoseki", the municipality you administer (got "morioka")'],
      ]],
      ['a first version other than 1', { ...SUPPORT, code: '二から', version: 2 }, [
        ['version', 'version must be 1 for a new program (got 2); later versions go to POST /admin/programs/{code}/versions'],
      ]],
      ['not an object', [1, 2], [[null, 'a program must be an object (got [1,2])']]],
      ['a huge text', { ...SUPPORT, code: '巨大', source: 'あ'.repeat(30_000) }, [[null, expect.stringMatching(/^a program definition must be at most 65536 bytes of JSON/)]]],
    ])('refuses a program with %s: 400 listing each problem under its field, storing nothing', async (_, definition, problems) => {
      const before = await count('program_version');
      const response = await (await admin()).post('/admin/programs', definition);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'ADMIN_PROGRAM_INVALID', problems: problems.map(([field, message]) => ({ field, message })) });
      expect(response.body.problems).toHaveLength(problems.length);
      expect(await count('program_version')).toBe(before);
    });

    it('says in Japanese which field of a new version is wrong and why, naming the field as a clerk knows it', async () => {
      const response = await recorded(
        request(app.getHttpServer())
          .post(versionsOf(SUPPORT.code))
          .set('Authorization', `Bearer ${await tokenOf('admin')}`)
          .send({ ...SUPPORT, version: 2, rate: { numerator: 2, denominator: 0 }, applicationWindow: { opens: '2025-05-01', closes: '2025-04-30' } }),
      );
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'ADMIN_PROGRAM_INVALID',
        message: '制度の決まりに2件の誤りがあります。それぞれの項目を直してください。',
        problems: [
          { field: 'applicationWindow.closes', message: '申請受付期間の終了日（applicationWindow.closes）は、開始日（2025-05-01）と同じ日か、それより後にしてください（入力: 2025-04-30）。' },
          { field: 'rate.denominator', message: '補助率の分母（rate.denominator）は1以上の整数で入力してください（入力: 0）。' },
        ],
      });
    });

    it('adds version 2; version 1 and the case filed under it stay as they were, new cases take version 2', async () => {
      const applicant = await as('applicant');
      const before = await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' });
      expect(before.status).toBe(201);

      const second: Program = { ...SUPPORT, version: 2, rate: { numerator: 1, denominator: 2 } };
      const added = await (await admin()).post(versionsOf(SUPPORT.code), second);
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ code: SUPPORT.code, version: 2, caseCount: 0, definition: second });

      const after = await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' });
      expect(after.status).toBe(201);
      const versionOfCase = async (caseId: string) =>
        (
          await database.query<{ version: number }>(
            `SELECT v.version FROM grant_case c JOIN program_version v ON v.id = c.program_version_id WHERE c.id = $1`,
            [caseId],
          )
        )[0]?.version;
      expect(await versionOfCase(before.body.id)).toBe(1);
      expect(await versionOfCase(after.body.id)).toBe(2);

      const read = await (await admin()).get(programs(SUPPORT.code));
      expect(read.body.latestVersion).toBe(2);
      expect(read.body.versions.map((version: { version: number; caseCount: number }) => [version.version, version.caseCount])).toEqual([
        [1, 1],
        [2, 1],
      ]);
      expect(read.body.versions[0].definition).toEqual(SUPPORT);
      const listed = await (await admin()).get('/admin/programs');
      expect(listed.body.find((program: { code: string }) => program.code === SUPPORT.code)).toMatchObject({ latestVersion: 2, versions: [1, 2] });
    });

    it.each([
      [1, 'an existing number'],
      [2, 'the latest number again'],
      [4, 'a number that skips one'],
    ])('refuses version %i (%s) with 409 naming the number to use, storing nothing', async (version) => {
      const before = await count('program_version');
      const response = await (await admin()).post(versionsOf(SUPPORT.code), { ...SUPPORT, version });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'ADMIN_PROGRAM_VERSION_CONFLICT',
        message: `version must be 3, the next after the latest version 2 (got ${version})`,
        latestVersion: 2,
        expectedVersion: 3,
      });
      expect(await count('program_version')).toBe(before);
    });

    it('refuses a version whose code is not the one of the path, or whose definition has problems, with 400', async () => {
      const before = await count('program_version');
      const otherCode = await (await admin()).post(versionsOf(SUPPORT.code), { ...seedProgram('合意形成'), version: 3 });
      expect(otherCode.status).toBe(400);
      expect(problemMessages(otherCode.body)).toEqual([`code must be "${SUPPORT.code}", the program of the path (got "合意形成")`]);
      const broken = await (await admin()).post(versionsOf(SUPPORT.code), { ...SUPPORT, version: 3, rounding: 'up' });
      expect(broken.status).toBe(400);
      expect(problemMessages(broken.body)).toEqual([expect.stringMatching(/^rounding must be one of/)]);
      expect(await count('program_version')).toBe(before);
    });

    it('lets one of two simultaneous versions 3 in, and refuses the other with 409', async () => {
      const administrator = await admin();
      const responses = await Promise.all(
        [1, 2].map((numerator) => administrator.post(versionsOf(SUPPORT.code), { ...SUPPORT, version: 3, rate: { numerator, denominator: 3 } })),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      const stored = await database.query(`SELECT version FROM program_version WHERE tenant_id = $1 AND code = $2 ORDER BY version`, [
        tenant.id,
        SUPPORT.code,
      ]);
      expect(stored).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    });

    it('answers 404 for a program code the municipality does not have, and 400 for a code no program can have', async () => {
      expect((await (await admin()).get(programs('無い事業'))).body).toMatchObject({ statusCode: 404, code: 'ADMIN_PROGRAM_NOT_FOUND' });
      expect((await (await admin()).post(versionsOf('無い事業'), { ...SUPPORT, code: '無い事業', version: 2 })).status).toBe(404);
      const badCode = await (await admin()).get(programs('a-b'));
      expect(badCode.status).toBe(400);
      expect(problemMessages(badCode.body)).toEqual(['code must be a program code: 1 to 16 characters without hyphens or spaces']);
    });
  });

  describe('organizations', () => {
    it('lists the organizations of the municipality with their members', async () => {
      const response = await (await admin()).get('/admin/organizations');
      expect(response.status).toBe(200);
      const ids = response.body.map((organization: { id: string }) => organization.id);
      expect(ids).toEqual(expect.arrayContaining([tenant.organizationId, tenant.otherOrganizationId]));
      expect(ids).not.toContain(otherTenant.organizationId);
      expect(response.body.find((organization: { id: string }) => organization.id === tenant.organizationId)).toEqual({
        id: tenant.organizationId,
        name: '舞川地区地域協働体',
        type: 'communityCollaborationBody',
        typeJa: '地域協働体',
        area: '舞川',
        population: 4300,
        createdAt: expect.any(String),
        members: [{ id: tenant.users.applicant.id, email: tenant.users.applicant.email, displayName: 'applicant' }],
      });
    });

    it('creates an organization, with or without a population, and lists it', async () => {
      const created = await (await admin()).post('/admin/organizations', { name: '真滝地区自治会', type: 'neighborhoodAssociation', area: '真滝', population: 0 });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: '真滝地区自治会',
        type: 'neighborhoodAssociation',
        typeJa: '町内会・自治会',
        area: '真滝',
        population: 0,
        createdAt: expect.any(String),
        members: [],
      });
      const withoutPopulation = await (await admin()).post('/admin/organizations', { name: 'NPO法人いちのせき', type: 'npo', area: '一関' });
      expect(withoutPopulation.status).toBe(201);
      expect(withoutPopulation.body.population).toBeNull();
      const listed = await (await admin()).get('/admin/organizations');
      expect(listed.body.map((organization: { id: string }) => organization.id)).toEqual(
        expect.arrayContaining([created.body.id, withoutPopulation.body.id]),
      );
    });

    it('changes the name, area and population; null population means not known; absent fields stay', async () => {
      const created = await (await admin()).post('/admin/organizations', { name: '旧名', type: 'citizenGroup', area: '旧地区', population: 10 });
      const renamed = await (await admin()).patch(`/admin/organizations/${created.body.id}`, { name: '新名', area: '新地区', population: 25 });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: '新名', area: '新地区', population: 25, type: 'citizenGroup' });
      const cleared = await (await admin()).patch(`/admin/organizations/${created.body.id}`, { population: null });
      expect(cleared.body).toMatchObject({ name: '新名', area: '新地区', population: null });
      const unchanged = await (await admin()).patch(`/admin/organizations/${created.body.id}`, {});
      expect(unchanged.body).toMatchObject({ name: '新名', area: '新地区', population: null });
    });

    it('adds an applicant as a member (twice changes nothing) and removes them; the applicant then acts for it', async () => {
      const path = `/admin/organizations/${tenant.otherOrganizationId}/members/${tenant.users.applicant.id}`;
      const added = await (await admin()).post(path);
      expect(added.status).toBe(200);
      expect(added.body.members.map((member: { id: string }) => member.id).sort()).toEqual(
        [tenant.users.applicant.id, tenant.users.otherApplicant.id].sort(),
      );
      expect((await (await admin()).post(path)).body).toEqual(added.body);
      expect((await (await as('applicant')).get('/me')).body.organizations.map((organization: { id: string }) => organization.id)).toContain(
        tenant.otherOrganizationId,
      );
      const users = await (await admin()).get('/admin/users');
      expect(users.body.find((user: { id: string }) => user.id === tenant.users.applicant.id).organizations).toHaveLength(2);

      const removed = await (await admin()).delete(path);
      expect(removed.status).toBe(200);
      expect(removed.body.members.map((member: { id: string }) => member.id)).toEqual([tenant.users.otherApplicant.id]);
      const again = await (await admin()).delete(path);
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('ADMIN_MEMBERSHIP_NOT_FOUND');
    });

    it('refuses to make anyone but an applicant or a reviewer a member with 422', async () => {
      const before = await count('organization_member');
      const response = await (await admin()).post(`/admin/organizations/${tenant.organizationId}/members/${tenant.users.officer.id}`);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'ADMIN_MEMBER_ROLE_NOT_ALLOWED', role: 'officer' });
      expect(await count('organization_member')).toBe(before);
    });

    const valid = { name: '新しい団体', type: 'npo', area: '花泉', population: 100 };
    it.each([
      [{ ...valid, name: undefined }, 'name must be a string'],
      [{ ...valid, name: '' }, 'name must not be empty'],
      [{ ...valid, name: 42 }, 'name must be a string'],
      [{ ...valid, name: 'あ'.repeat(201) }, 'name must be at most 200 characters'],
      [{ ...valid, type: 'club' }, 'type must be one of communityCollaborationBody'],
      [{ ...valid, area: 'x'.repeat(101) }, 'area must be at most 100 characters'],
      [{ ...valid, population: -1 }, 'population must not be negative'],
      [{ ...valid, population: 1.5 }, 'population must be a whole number of people'],
      [{ ...valid, population: '100' }, 'population must be a whole number of people'],
      [{ ...valid, members: [] }, 'property members should not exist'],
    ])('refuses POST /admin/organizations %j with 400 naming the field, storing nothing', async (body, message) => {
      const before = await count('organization');
      const response = await (await admin()).post('/admin/organizations', body);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body).join(' | ')).toContain(message);
      expect(await count('organization')).toBe(before);
    });

    it.each([
      [{ name: null }, 'name must be a string'],
      [{ name: 'あ'.repeat(201) }, 'name must be at most 200 characters'],
      [{ area: '' }, 'area must not be empty'],
      [{ population: -5 }, 'population must not be negative'],
      [{ population: 'many' }, 'population must be a whole number of people'],
      [{ type: 'npo' }, 'property type should not exist'],
    ])('refuses PATCH /admin/organizations/{id} %j with 400 naming the field, changing nothing', async (body, message) => {
      const rowBefore = await database.query(`SELECT * FROM organization WHERE id = $1`, [tenant.otherOrganizationId]);
      const response = await (await admin()).patch(`/admin/organizations/${tenant.otherOrganizationId}`, body);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body).join(' | ')).toContain(message);
      expect(await database.query(`SELECT * FROM organization WHERE id = $1`, [tenant.otherOrganizationId])).toEqual(rowBefore);
    });

    it.each([
      ['patch', '/admin/organizations/not-a-uuid', 'id must be an organization id (UUID)'],
      ['post', '/admin/organizations/not-a-uuid/members/00000000-0000-4000-8000-000000000000', 'id must be an organization id (UUID)'],
      ['delete', '/admin/organizations/00000000-0000-4000-8000-000000000000/members/42', 'userId must be a user id (UUID)'],
    ] as const)('refuses %s %s with 400 naming the path parameter', async (method, path, message) => {
      const response = await (await admin()).call(method, path, method === 'patch' ? { name: 'x' } : undefined);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toEqual([message]);
    });
  });

  describe('users', () => {
    it('lists the users of the municipality, administrators first, without any password or hash', async () => {
      const response = await (await admin()).get('/admin/users');
      expect(response.status).toBe(200);
      const ids = response.body.map((user: { id: string }) => user.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(tenant.users).map((user) => user.id)));
      expect(ids).not.toEqual(expect.arrayContaining([otherTenant.users.admin.id]));
      expect(response.body[0]).toMatchObject({ id: tenant.users.admin.id, role: 'admin' });
      for (const user of response.body) {
        expect(Object.keys(user).sort()).toEqual(['createdAt', 'displayName', 'email', 'id', 'liaisonAreas', 'organizations', 'role']);
      }
    });

    it('creates a user who can then log in; the answer has no password or hash', async () => {
      const response = await (await admin()).post('/admin/users', {
        email: 'Sato@Ichinoseki.example',
        displayName: '佐藤 花子 (花泉支所)',
        role: 'officer',
        password: NEW_PASSWORD,
        liaisonAreas: ['花泉', '舞川'],
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        email: 'Sato@Ichinoseki.example',
        displayName: '佐藤 花子 (花泉支所)',
        role: 'officer',
        liaisonAreas: ['花泉', '舞川'],
        organizations: [],
        createdAt: expect.any(String),
      });
      const [stored] = await database.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [response.body.id]);
      expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
      const loggedIn = await login('ichinoseki', 'sato@ichinoseki.example', NEW_PASSWORD);
      expect(loggedIn.status).toBe(200);
      expect(loggedIn.body.user).toMatchObject({ id: response.body.id, role: 'officer' });
    });

    it('creates a user without a password by issuing a one-time one, answered once and not stored in the answer of any other call', async () => {
      const response = await (await admin()).post('/admin/users', { email: 'kikuchi@ichinoseki.example', displayName: '菊池 次郎 (大東支所)', role: 'officer', liaisonAreas: ['大東'] });
      expect(response.status).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      const { temporaryPassword, ...created } = response.body as { temporaryPassword: string; id: string };
      expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      expect(created).toEqual({
        id: expect.any(String),
        email: 'kikuchi@ichinoseki.example',
        displayName: '菊池 次郎 (大東支所)',
        role: 'officer',
        liaisonAreas: ['大東'],
        organizations: [],
        createdAt: expect.any(String),
      });
      const [stored] = await database.query<{ password_hash: string; password_change_required: boolean }>(
        `SELECT password_hash, password_change_required FROM app_user WHERE id = $1`,
        [created.id],
      );
      expect(stored).toEqual({ password_hash: expect.stringMatching(/^\$argon2id\$/), password_change_required: true });
      expect(JSON.stringify((await (await admin()).get('/admin/users')).body)).not.toContain(temporaryPassword);

      const loggedIn = await login('ichinoseki', 'kikuchi@ichinoseki.example', temporaryPassword);
      expect(loggedIn.status).toBe(200);
      expect(loggedIn.body.passwordChangeRequired).toBe(true);
      const beforeChange = await withToken(loggedIn.body.accessToken).get('/me/tasks');
      expect(beforeChange.status).toBe(403);
      expect(beforeChange.body.code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
      const trail = await database.query<{ payload: unknown }>(`SELECT payload FROM administration_entry WHERE action = 'user.created' AND subject_id = $1`, [created.id]);
      expect(JSON.stringify(trail)).not.toContain(temporaryPassword);
    });

    it('refuses a null password rather than issuing one, with 400 naming the field', async () => {
      const before = await count('app_user');
      const response = await (await admin()).post('/admin/users', { email: 'null.password@ichinoseki.example', displayName: '空', role: 'reviewer', password: null });
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toContain('password must be a string');
      expect(await count('app_user')).toBe(before);
    });

    it('refuses an email the municipality has already, in any case, with 409; another municipality may have it', async () => {
      const before = await count('app_user');
      const response = await (await admin()).post('/admin/users', { email: 'OFFICER@ichinoseki.example', displayName: '重複', role: 'officer', password: NEW_PASSWORD });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'ADMIN_EMAIL_TAKEN', problems: [{ field: 'email' }] });
      expect(await count('app_user')).toBe(before);
      const elsewhere = await (await as('admin', otherTenant)).post('/admin/users', {
        email: 'sato@ichinoseki.example',
        displayName: '佐藤 (盛岡)',
        role: 'reviewer',
        password: NEW_PASSWORD,
      });
      expect(elsewhere.status).toBe(201);
    });

    const valid = { email: 'new.user@ichinoseki.example', displayName: '新 利用者', role: 'reviewer', password: NEW_PASSWORD };
    it.each([
      [{ ...valid, email: undefined }, 'email must be an email address'],
      [{ ...valid, email: 'not an email' }, 'email must be an email address'],
      [{ ...valid, email: `${'a'.repeat(250)}@x.example` }, 'email must be at most 254 characters'],
      [{ ...valid, displayName: undefined }, 'displayName must be a string'],
      [{ ...valid, displayName: 'x'.repeat(201) }, 'displayName must be at most 200 characters'],
      [{ ...valid, role: 'mayor' }, 'role must be one of applicant, officer, reviewer, approver, finance, admin'],
      [{ ...valid, role: undefined }, 'role must be one of'],
      [{ ...valid, password: 'short-pass1' }, 'password must be at least 12 characters'],
      [{ ...valid, password: 123456789012345 }, 'password must be a string'],
      [{ ...valid, password: 'p'.repeat(1025) }, 'password must be at most 1024 characters'],
      [{ ...valid, role: 'officer', liaisonAreas: '舞川' }, 'liaisonAreas must be a list of area names'],
      [{ ...valid, role: 'officer', liaisonAreas: ['舞川', '舞川'] }, 'liaisonAreas must not name an area twice'],
      [{ ...valid, role: 'officer', liaisonAreas: ['x'.repeat(101)] }, 'liaisonAreas must be at most 100 characters'],
      [{ ...valid, passwordHash: '$argon2id$...' }, 'property passwordHash should not exist'],
      [{ ...valid, sessionEpoch: 3 }, 'property sessionEpoch should not exist'],
    ])('refuses POST /admin/users %# with 400 naming the field, storing nothing', async (body, message) => {
      const before = await count('app_user');
      const response = await (await admin()).post('/admin/users', body);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body).join(' | ')).toContain(message);
      expect(await count('app_user')).toBe(before);
    });

    it('refuses liaison areas for anyone but an officer with 400, storing nothing', async () => {
      const before = await count('app_user');
      const response = await (await admin()).post('/admin/users', { ...valid, role: 'reviewer', liaisonAreas: ['舞川'] });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'ADMIN_LIAISON_AREAS_FOR_OFFICERS_ONLY',
        message: "liaisonAreas may be set for officers only; the user's role is reviewer",
        problems: [{ field: 'liaisonAreas' }],
      });
      expect(await count('app_user')).toBe(before);
    });

    it('renames a user and sets liaison areas without ending their tokens', async () => {
      const user = await createUser({ role: 'officer', email: 'rename@ichinoseki.example' });
      const token = (await login('ichinoseki', user.email, NEW_PASSWORD)).body.accessToken;
      const changed = await (await admin()).patch(`/admin/users/${user.id}`, { displayName: '改名 後', liaisonAreas: ['弥栄'] });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ displayName: '改名 後', liaisonAreas: ['弥栄'], role: 'officer' });
      expect((await withToken(token).get('/me')).status).toBe(200);
      const sameRole = await (await admin()).patch(`/admin/users/${user.id}`, { role: 'officer' });
      expect(sameRole.status).toBe(200);
      expect((await withToken(token).get('/me')).status).toBe(200);
    });

    it("changes a role: the user's old token is refused with 401, a new login carries the new role, and liaison areas go", async () => {
      const user = await createUser({ role: 'officer', email: 'mover@ichinoseki.example', liaisonAreas: ['舞川'] });
      const oldToken = (await login('ichinoseki', user.email, NEW_PASSWORD)).body.accessToken;
      expect((await withToken(oldToken).get('/me')).body.role).toBe('officer');
      const epochBefore = await epochOf(user.id);

      const changed = await (await admin()).patch(`/admin/users/${user.id}`, { role: 'reviewer' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ role: 'reviewer', liaisonAreas: [] });
      expect(await epochOf(user.id)).toBe(epochBefore + 1);

      const refused = await withToken(oldToken).get('/me');
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('AUTH_SIGNED_OUT');
      const again = await login('ichinoseki', user.email, NEW_PASSWORD);
      expect(again.body.user.role).toBe('reviewer');
      expect((await withToken(again.body.accessToken).get('/me')).body.role).toBe('reviewer');
    });

    it('refuses liaison areas for a user who is not (or stops being) an officer', async () => {
      const user = await createUser({ role: 'approver', email: 'approver2@ichinoseki.example' });
      const response = await (await admin()).patch(`/admin/users/${user.id}`, { liaisonAreas: ['舞川'] });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('ADMIN_LIAISON_AREAS_FOR_OFFICERS_ONLY');
      const becomingOfficer = await (await admin()).patch(`/admin/users/${user.id}`, { role: 'officer', liaisonAreas: ['舞川'] });
      expect(becomingOfficer.body).toMatchObject({ role: 'officer', liaisonAreas: ['舞川'] });
    });

    it.each([
      [{ displayName: null }, 'displayName must be a string'],
      [{ displayName: '' }, 'displayName must not be empty'],
      [{ displayName: 'x'.repeat(201) }, 'displayName must be at most 200 characters'],
      [{ role: 'superuser' }, 'role must be one of'],
      [{ role: null }, 'role must be one of'],
      [{ liaisonAreas: [1] }, 'liaisonAreas must be a list of strings'],
      [{ email: 'x@ichinoseki.example' }, 'property email should not exist'],
      [{ password: NEW_PASSWORD }, 'property password should not exist'],
    ])('refuses PATCH /admin/users/{id} %j with 400 naming the field, changing nothing', async (body, message) => {
      const rowBefore = await database.query(`SELECT * FROM app_user WHERE id = $1`, [tenant.users.finance.id]);
      const response = await (await admin()).patch(`/admin/users/${tenant.users.finance.id}`, body);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body).join(' | ')).toContain(message);
      expect(await database.query(`SELECT * FROM app_user WHERE id = $1`, [tenant.users.finance.id])).toEqual(rowBefore);
    });

    it('signs a user out: every token they hold is refused with 401', async () => {
      const user = await createUser({ role: 'finance', email: 'leaver@ichinoseki.example' });
      const tokensOfUser = [
        (await login('ichinoseki', user.email, NEW_PASSWORD)).body.accessToken,
        (await login('ichinoseki', user.email, NEW_PASSWORD)).body.accessToken,
      ];
      const response = await (await admin()).post(`/admin/users/${user.id}/sign-out`);
      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      for (const token of tokensOfUser) {
        expect((await withToken(token).get('/me')).status).toBe(401);
      }
      expect((await login('ichinoseki', user.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('refuses a UUID that is not one with 400 naming the parameter, and an unknown user with 404', async () => {
      const bad = await (await admin()).post('/admin/users/12345/sign-out');
      expect(bad.status).toBe(400);
      expect(problemMessages(bad.body)).toEqual(['id must be a user id (UUID)']);
      const unknown = await (await admin()).patch('/admin/users/00000000-0000-4000-8000-000000000000', { displayName: '誰' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('ADMIN_USER_NOT_FOUND');
    });

    it('refuses an administrator taking the admin role from themselves with 409; another admin may', async () => {
      const response = await (await admin()).patch(`/admin/users/${tenant.users.admin.id}`, { role: 'officer' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'ADMIN_OWN_ADMIN_ROLE', problems: [{ field: 'role' }] });
      expect((await (await admin()).get('/me')).body.role).toBe('admin');
      expect((await (await admin()).patch(`/admin/users/${tenant.users.admin.id}`, { role: 'admin', displayName: '管理者' })).status).toBe(200);

      const deputy = await createUser({ role: 'admin', email: 'deputy@ichinoseki.example' });
      const deputyToken = (await login('ichinoseki', deputy.email, NEW_PASSWORD)).body.accessToken;
      const renamedByDeputy = await withToken(deputyToken).patch(`/admin/users/${tenant.users.admin.id}`, { displayName: '管理者 (代理が変更)' });
      expect(renamedByDeputy.status).toBe(200);
      const byMain = await (await admin()).patch(`/admin/users/${deputy.id}`, { role: 'officer' });
      expect(byMain.body.role).toBe('officer');
      expect((await withToken(deputyToken).get('/admin/users')).status).toBe(401);
    });
  });

  describe("the calendar the closed days screen shows beside the municipality's own", () => {
    it("answers a year's national holidays and 年末年始 in date order, to anyone signed in", async () => {
      const response = await (await as('applicant')).get('/calendar/holidays?year=2025');
      expect(response.status).toBe(200);
      expect(response.body.filter((holiday: { date: string }) => holiday.date.startsWith('2025-05'))).toEqual([
        { date: '2025-05-03', name: '憲法記念日' },
        { date: '2025-05-04', name: 'みどりの日' },
        { date: '2025-05-05', name: 'こどもの日' },
        { date: '2025-05-06', name: 'こどもの日 振替休日' },
      ]);
      expect(response.body.at(-1)).toEqual({ date: '2025-12-31', name: '年末年始' });
      expect((await (await admin()).get('/calendar/holidays?year=2026')).body[0]).toEqual({ date: '2026-01-01', name: '元日' });
    });

    it.each(['', '?year=1969', '?year=2051', '?year=2025.5', '?year=令和7'])('refuses GET /calendar/holidays%s with 400 naming the year, in Japanese too', async (query) => {
      const response = await (await admin()).get(`/calendar/holidays${query}`);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toEqual(['year must be a year from 1970 to 2050']);
      const japanese = await request(app.getHttpServer()).get(`/calendar/holidays${query}`).set('Authorization', `Bearer ${await tokenOf('admin')}`);
      expect(japanese.body.problems).toEqual([{ field: 'year', message: expect.stringContaining('年（year）は1970から2050までの西暦で指定してください。') }]);
    });

    it('answers 401 without a token', async () => {
      expect((await recorded(request(app.getHttpServer()).get('/calendar/holidays?year=2025'))).status).toBe(401);
    });
  });

  describe('who may', () => {
    const endpoints = (): Array<[Method, string, unknown?]> => [
      ['get', '/admin/programs'],
      ['get', programs(SUPPORT.code)],
      ['post', '/admin/programs', { ...SUPPORT, code: '不正' }],
      ['post', versionsOf(SUPPORT.code), { ...SUPPORT, version: 9 }],
      ['get', '/admin/organizations'],
      ['post', '/admin/organizations', { name: '不正な団体', type: 'npo', area: '一関' }],
      ['patch', `/admin/organizations/${tenant.organizationId}`, { name: '乗っ取り' }],
      ['post', `/admin/organizations/${tenant.otherOrganizationId}/members/${tenant.users.applicant.id}`],
      ['delete', `/admin/organizations/${tenant.organizationId}/members/${tenant.users.applicant.id}`],
      ['get', '/admin/users'],
      ['post', '/admin/users', { email: 'intruder@ichinoseki.example', displayName: '侵入', role: 'admin', password: NEW_PASSWORD }],
      ['patch', `/admin/users/${tenant.users.officer.id}`, { role: 'admin' }],
      ['post', `/admin/users/${tenant.users.officer.id}/sign-out`],
    ];
    const TABLES = ['program_version', 'organization', 'organization_member', 'app_user'];
    const snapshot = async () =>
      Promise.all([
        ...TABLES.map((table) => database.query(`SELECT * FROM ${table} ORDER BY 1, 2`)),
        database.query(`SELECT id, role, session_epoch, display_name, liaison_areas FROM app_user ORDER BY id`),
      ]);
    let before: unknown;

    beforeAll(async () => {
      before = await snapshot();
    });

    it.each(NON_ADMIN_ROLES.flatMap((role) => Array.from({ length: 13 }, (_, index) => [role, index] as const)))(
      'answers %s with 403 "only admin may …" on endpoint #%i',
      async (role, index) => {
        const [method, path, body] = endpoints()[index]!;
        const response = await (await as(role)).call(method, path, body ?? (method === 'get' || method === 'delete' ? undefined : {}));
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
        expect(response.body).toMatchObject({ code: 'ADMIN_FORBIDDEN', message: expect.stringMatching(/^only admin may (manage programs|manage organizations|manage users)$/) });
      },
    );

    it('refuses non-admins before looking at the body or the path: 403, not 400', async () => {
      const response = await (await as('officer')).post('/admin/users/not-a-uuid/sign-out');
      expect(response.status).toBe(403);
      const badBody = await (await as('finance')).post('/admin/organizations', { population: -1 });
      expect(badBody.status).toBe(403);
    });

    it('left every table as it was after all those refusals', async () => {
      expect(await snapshot()).toEqual(before);
    });

    it('answers 401 without a token', async () => {
      expect((await recorded(request(app.getHttpServer()).get('/admin/users'))).status).toBe(401);
    });
  });

  describe("another municipality's rows", () => {
    const OTHER_PROGRAM = MORIOKA_PROGRAMS[0]!;

    it('are 404 to this municipality’s admin, and change nowhere', async () => {
      // Only the other municipality has this program; it names morioka, which suits the morioka tenant.
      const created = await (await as('admin', otherTenant)).post('/admin/programs', OTHER_PROGRAM);
      expect(created.status).toBe(201);
      const before = await Promise.all([
        database.query(`SELECT * FROM organization WHERE tenant_id = $1 ORDER BY id`, [otherTenant.id]),
        database.query(`SELECT id, role, session_epoch, display_name, liaison_areas FROM app_user WHERE tenant_id = $1 ORDER BY id`, [otherTenant.id]),
        database.query(`SELECT * FROM organization_member WHERE tenant_id = $1 ORDER BY 1, 2`, [otherTenant.id]),
        database.query(`SELECT * FROM program_version WHERE tenant_id = $1 ORDER BY id`, [otherTenant.id]),
      ]);
      const administrator = await admin();
      const attempts: Array<[request.Response, string]> = [
        [await administrator.get(programs(OTHER_PROGRAM.code)), 'ADMIN_PROGRAM_NOT_FOUND'],
        [await administrator.post(versionsOf(OTHER_PROGRAM.code), { ...OTHER_PROGRAM, municipality: 'ichinoseki', version: 2 }), 'ADMIN_PROGRAM_NOT_FOUND'],
        [await administrator.patch(`/admin/organizations/${otherTenant.organizationId}`, { name: '越境' }), 'ADMIN_ORGANIZATION_NOT_FOUND'],
        [await administrator.post(`/admin/organizations/${otherTenant.organizationId}/members/${tenant.users.applicant.id}`), 'ADMIN_ORGANIZATION_NOT_FOUND'],
        [await administrator.delete(`/admin/organizations/${otherTenant.organizationId}/members/${otherTenant.users.applicant.id}`), 'ADMIN_ORGANIZATION_NOT_FOUND'],
        [await administrator.post(`/admin/organizations/${tenant.organizationId}/members/${otherTenant.users.applicant.id}`), 'ADMIN_USER_NOT_FOUND'],
        [await administrator.delete(`/admin/organizations/${tenant.organizationId}/members/${otherTenant.users.applicant.id}`), 'ADMIN_USER_NOT_FOUND'],
        [await administrator.patch(`/admin/users/${otherTenant.users.officer.id}`, { role: 'admin' }), 'ADMIN_USER_NOT_FOUND'],
        [await administrator.post(`/admin/users/${otherTenant.users.officer.id}/sign-out`), 'ADMIN_USER_NOT_FOUND'],
      ];
      for (const [response, error] of attempts) {
        expect({ status: response.status, error: response.body.code }).toEqual({ status: 404, error });
      }
      const listed = await administrator.get('/admin/programs');
      expect(listed.body.map((program: { code: string }) => program.code)).not.toContain(OTHER_PROGRAM.code);
      expect(
        await Promise.all([
          database.query(`SELECT * FROM organization WHERE tenant_id = $1 ORDER BY id`, [otherTenant.id]),
          database.query(`SELECT id, role, session_epoch, display_name, liaison_areas FROM app_user WHERE tenant_id = $1 ORDER BY id`, [otherTenant.id]),
          database.query(`SELECT * FROM organization_member WHERE tenant_id = $1 ORDER BY 1, 2`, [otherTenant.id]),
          database.query(`SELECT * FROM program_version WHERE tenant_id = $1 ORDER BY id`, [otherTenant.id]),
        ]),
      ).toEqual(before);
    });
  });

  it('documents every administration route under the admin tag, with bearer authentication and the request bodies', async () => {
    const document = (await recorded(request(app.getHttpServer()).get('/docs-json'))).body;
    const routes = [
      ['/admin/programs', 'get'],
      ['/admin/programs', 'post'],
      ['/admin/programs/{code}', 'get'],
      ['/admin/programs/{code}/versions', 'post'],
      ['/admin/organizations', 'get'],
      ['/admin/organizations', 'post'],
      ['/admin/organizations/{id}', 'patch'],
      ['/admin/organizations/{id}/members/{userId}', 'post'],
      ['/admin/organizations/{id}/members/{userId}', 'delete'],
      ['/admin/users', 'get'],
      ['/admin/users', 'post'],
      ['/admin/users/{id}', 'patch'],
      ['/admin/users/{id}/sign-out', 'post'],
    ] as const;
    for (const [path, method] of routes) {
      const operation = document.paths[path]?.[method];
      expect({ path, method, tags: operation?.tags, security: operation?.security }).toEqual({ path, method, tags: ['admin'], security: [{ bearer: [] }] });
      expect(operation.responses['403']).toBeDefined();
    }
    const schemas = document.components.schemas;
    expect(schemas.CreateUserDto.required).toEqual(expect.arrayContaining(['email', 'displayName', 'role']));
    expect(schemas.CreateUserDto.required).not.toContain('password');
    expect(document.paths['/admin/users'].post.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/CreatedUserResponseDto');
    expect(schemas.CreateUserDto.properties.password).toMatchObject({ format: 'password', writeOnly: true, minLength: 12 });
    expect(Object.keys(schemas.UserResponseDto.properties)).not.toContain('password');
    expect(schemas.CreateOrganizationDto.properties.type.enum).toContain('communityCollaborationBody');
    expect(document.paths['/admin/programs'].post.requestBody.content['application/json'].schema.example.code).toBe(SUPPORT.code);
  });

  it('never answered a password or a password hash, in any of the answers above', () => {
    expect(answers.length).toBeGreaterThan(100);
    for (const answer of answers) {
      expect(answer).not.toContain(TEST_PASSWORD);
      expect(answer).not.toContain(NEW_PASSWORD);
      expect(answer).not.toContain('$argon2');
    }
  });
});
