import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestDatabase, type SeededTenant, seedTenant, TEST_PASSWORD, type TestDatabase, testConfig } from '#libs/testing';
import { createApiApp } from '../apps/api/src/create-api-app.js';

type Who = Exclude<keyof SeededTenant['users'], 'secondReviewer'>;
/** Whose case a request is about, from the caller's side. */
type Target = 'own' | 'otherOrganization' | 'otherTenant';

const ROLES: Who[] = ['applicant', 'otherApplicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'];
const TARGETS: Target[] = ['own', 'otherOrganization', 'otherTenant'];

/**
 * Status of each cell: endpoint × caller × case. "own" is a case of the caller's
 * municipality filed by the organization the applicant belongs to; "otherOrganization"
 * one of the second organization (the one `otherApplicant` belongs to); "otherTenant" one
 * of another municipality. The cases are consultations, so ADD_NOTE is a valid event.
 */
const READ: Record<Who, [number, number, number]> = {
  applicant: [200, 404, 404],
  otherApplicant: [404, 200, 404],
  officer: [200, 200, 404],
  reviewer: [404, 404, 404], // assigned to no case
  approver: [200, 200, 404],
  finance: [200, 200, 404],
  admin: [403, 403, 404],
};
const ADD_NOTE: Record<Who, [number, number, number]> = {
  applicant: [200, 404, 404],
  otherApplicant: [404, 200, 404],
  officer: [200, 200, 404],
  reviewer: [404, 404, 404],
  approver: [403, 403, 404],
  finance: [403, 403, 404],
  admin: [403, 403, 404],
};
/** POST /cases for the target's organization. */
const OPEN: Record<Who, [number, number, number]> = {
  applicant: [201, 404, 404],
  otherApplicant: [404, 201, 404],
  officer: [201, 201, 404],
  reviewer: [403, 403, 404],
  approver: [403, 403, 404],
  finance: [403, 403, 404],
  admin: [403, 403, 404],
};
const LIST: Record<Who, number> = { applicant: 200, otherApplicant: 200, officer: 200, reviewer: 200, approver: 200, finance: 200, admin: 403 };

describe('the access matrix of the case API (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let home: SeededTenant;
  let away: SeededTenant;
  const cases = {} as Record<Target, string>;
  const tokens = new Map<Who, string>();

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    home = await seedTenant(database, 'ichinoseki');
    away = await seedTenant(database, 'morioka');
    app = await createApiApp(testConfig(database.url));
    await app.init();
    const login = async (tenant: SeededTenant, who: Who) =>
      (await request(app.getHttpServer()).post('/auth/login').send({ tenant: tenant.code, email: tenant.users[who].email, password: TEST_PASSWORD }).expect(200))
        .body.accessToken as string;
    for (const who of ROLES) tokens.set(who, await login(home, who));
    const open = async (token: string, organizationId: string) =>
      (
        await request(app.getHttpServer())
          .post('/cases')
          .set('Authorization', `Bearer ${token}`)
          .send({ programCode: '協働支援', organizationId, start: 'consultation' })
          .expect(201)
      ).body.id as string;
    cases.own = await open(tokens.get('applicant') as string, home.organizationId);
    cases.otherOrganization = await open(tokens.get('otherApplicant') as string, home.otherOrganizationId);
    cases.otherTenant = await open(await login(away, 'applicant'), away.organizationId);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const call = (who: Who) => {
    const token = tokens.get(who) as string;
    const server = app.getHttpServer();
    return {
      get: (path: string) => request(server).get(path).set('Authorization', `Bearer ${token}`),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', `Bearer ${token}`).send(body),
    };
  };
  const cells = (table: Record<Who, [number, number, number]>) =>
    ROLES.flatMap((who) => TARGETS.map((target, index) => [who, target, table[who][index]] as const));

  it.each(cells(READ))('GET /cases/{id}: %s on the %s case → %i', async (who, target, status) => {
    expect((await call(who).get(`/cases/${cases[target]}`)).status).toBe(status);
  });

  it.each(cells(READ))('GET /cases/{id}/history: %s on the %s case → %i', async (who, target, status) => {
    expect((await call(who).get(`/cases/${cases[target]}/history`)).status).toBe(status);
  });

  it.each(cells(ADD_NOTE))('POST /cases/{id}/events ADD_NOTE: %s on the %s case → %i', async (who, target, status) => {
    const response = await call(who).post(`/cases/${cases[target]}/events`, { type: 'ADD_NOTE', note: '確認しました' });
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.allowedRoles.length).toBeGreaterThan(0);
  });

  it.each(cells(OPEN))('POST /cases: %s for the %s organization → %i', async (who, target, status) => {
    const organizationId = { own: home.organizationId, otherOrganization: home.otherOrganizationId, otherTenant: away.organizationId }[target];
    const response = await call(who).post('/cases', { programCode: '協働支援', organizationId, start: 'consultation' });
    expect(response.status).toBe(status);
  });

  it.each(ROLES.map((who) => [who, LIST[who]] as const))('GET /cases: %s → %i, never another tenant’s case', async (who, status) => {
    const response = await call(who).get('/cases?limit=100');
    expect(response.status).toBe(status);
    if (status === 200) expect(response.body.items.map((item: { id: string }) => item.id)).not.toContain(cases.otherTenant);
  });

  it('refuses every case endpoint without a token', async () => {
    const server = app.getHttpServer();
    for (const response of [
      await request(server).get('/cases'),
      await request(server).get(`/cases/${cases.own}`),
      await request(server).get(`/cases/${cases.own}/history`),
      await request(server).post(`/cases/${cases.own}/events`).send({ type: 'ADD_NOTE', note: 'x' }),
      await request(server).post('/cases').send({}),
    ]) {
      expect(response.status).toBe(401);
    }
  });

  it('stored nothing for any refused request: each case has its opening entry and one note per accepted ADD_NOTE', async () => {
    const counts = await database.query<{ case_id: string; n: number }>(
      `SELECT case_id, count(*)::int AS n FROM audit_entry WHERE case_id = ANY($1::uuid[]) GROUP BY case_id`,
      [Object.values(cases)],
    );
    const byCase = Object.fromEntries(counts.map((row) => [row.case_id, row.n]));
    // own: applicant + officer notes; other organization: otherApplicant + officer notes; other tenant: none.
    expect(byCase).toEqual({ [cases.own]: 3, [cases.otherOrganization]: 3, [cases.otherTenant]: 1 });
  });
});
