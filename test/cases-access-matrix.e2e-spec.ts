import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestDatabase, type SeededTenant, seedTenant, TEST_PASSWORD, type TestDatabase, testConfig } from '#libs/testing';
import { seedProgram } from '#libs/programs';
import {
  ADD_NOTE,
  LIST,
  type MatrixCaller,
  type MatrixReadTarget,
  OPEN,
  READ,
  READ_TARGETS,
  REVIEWS,
  ROLES,
  TARGETS,
  UPLOAD,
} from '#libs/testing/case-access-matrix';
import { createApiApp } from '../apps/api/src/create-api-app.js';

const SUPPORT = seedProgram('協働支援');
const DOCUMENT_KIND = SUPPORT.requiredDocuments.application[0] as string;

type Who = MatrixCaller;
type ReadTarget = MatrixReadTarget;
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('the access matrix of the case API (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let home: SeededTenant;
  let away: SeededTenant;
  const cases = {} as Record<ReadTarget, string>;
  /** One attachment per case, uploaded by its applicant, for the download cells. */
  const attachments = {} as Record<ReadTarget, string>;
  /** The 受理通知書 of the case in review, the one case with a notice. */
  let acceptanceNotice: string;
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
    const awayApplicant = await login(away, 'applicant');
    cases.otherTenant = await open(awayApplicant, away.organizationId);

    const as = (token: string) => ({
      post: (path: string, body: object) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`).send(body).expect(200),
    });
    const applicant = tokens.get('applicant') as string;
    const inReview = (
      await request(app.getHttpServer())
        .post('/cases')
        .set('Authorization', `Bearer ${applicant}`)
        .send({ programCode: SUPPORT.code, organizationId: home.organizationId, start: 'application' })
        .expect(201)
    ).body.id as string;
    for (const documentKind of SUPPORT.requiredDocuments.application) {
      await request(app.getHttpServer())
        .post(`/cases/${inReview}/attachments`)
        .set('Authorization', `Bearer ${applicant}`)
        .field('documentKind', documentKind)
        .attach('file', PDF, { filename: `${documentKind}.pdf`, contentType: 'application/pdf' })
        .expect(201);
    }
    await as(applicant).post(`/cases/${inReview}/events`, {
      type: 'SUBMIT',
      requestedAmount: 60_000,
      plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 90_000 }],
    });
    await as(tokens.get('officer') as string).post(`/cases/${inReview}/events`, { type: 'ACCEPT' });
    await as(tokens.get('officer') as string).post(`/cases/${inReview}/events`, { type: 'ASSIGN_REVIEWER', reviewerId: home.users.reviewer.id });
    // The matrix's reviewer has declared no conflict of interest: before it the application is withheld from them (test/reviewer-conflict).
    await as(tokens.get('reviewer') as string).post(`/cases/${inReview}/events`, { type: 'AFFIRM_NO_CONFLICT' });
    cases.inReview = inReview;

    const upload = async (token: string, caseId: string) =>
      (
        await request(app.getHttpServer())
          .post(`/cases/${caseId}/attachments`)
          .set('Authorization', `Bearer ${token}`)
          .field('documentKind', DOCUMENT_KIND)
          .attach('file', PDF, { filename: '事業計画書.pdf', contentType: 'application/pdf' })
          .expect(201)
      ).body.id as string;
    attachments.own = await upload(applicant, cases.own);
    attachments.otherOrganization = await upload(tokens.get('otherApplicant') as string, cases.otherOrganization);
    attachments.otherTenant = await upload(awayApplicant, cases.otherTenant);
    attachments.inReview = await upload(applicant, cases.inReview);
    const notices = await request(app.getHttpServer()).get(`/cases/${inReview}/notices`).set('Authorization', `Bearer ${applicant}`).expect(200);
    expect(notices.body.map((notice: { kind: string }) => notice.kind)).toEqual(['acceptance']);
    acceptanceNotice = notices.body[0].id;
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
  const readCells = (table: Record<Who, [number, number, number, number]>) =>
    ROLES.flatMap((who) => READ_TARGETS.map((target, index) => [who, target, table[who][index]] as const));

  const READ_ROUTES: Array<[string, (target: ReadTarget) => string]> = [
    ['GET /cases/{id}', (target) => `/cases/${cases[target]}`],
    ['GET /cases/{id}/history', (target) => `/cases/${cases[target]}/history`],
    ['GET /cases/{id}/attachments', (target) => `/cases/${cases[target]}/attachments`],
    ['GET /cases/{id}/attachments/{attachmentId}', (target) => `/cases/${cases[target]}/attachments/${attachments[target]}`],
    ['GET /cases/{id}/notices', (target) => `/cases/${cases[target]}/notices`],
    ['GET /cases/{id}/expenses', (target) => `/cases/${cases[target]}/expenses`],
    ['GET /cases/{id}/payments', (target) => `/cases/${cases[target]}/payments`],
    ['GET /cases/{id}/notes', (target) => `/cases/${cases[target]}/notes`],
  ];
  describe.each(READ_ROUTES)('%s', (_route, path) => {
    it.each(readCells(READ))('%s on the %s case → %i', async (who, target, status) => {
      const response = await call(who).get(path(target));
      expect(response.status).toBe(status);
      if (status === 403) expect(response.body.allowedRoles.length).toBeGreaterThan(0);
    });
  });

  it.each(readCells(REVIEWS))('GET /cases/{id}/reviews: %s on the %s case → %i', async (who, target, status) => {
    const response = await call(who).get(`/cases/${cases[target]}/reviews`);
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.allowedRoles).toEqual(expect.arrayContaining(['officer', 'reviewer', 'approver']));
  });

  it.each(ROLES.map((who) => [who, READ[who][3]] as const))('GET /cases/{id}/notices/{noticeId} (受理通知書): %s → %i', async (who, status) => {
    expect((await call(who).get(`/cases/${cases.inReview}/notices/${acceptanceNotice}`)).status).toBe(status);
  });

  it.each(readCells(UPLOAD))('POST /cases/{id}/attachments: %s on the %s case → %i', async (who, target, status) => {
    const response = await request(app.getHttpServer())
      .post(`/cases/${cases[target]}/attachments`)
      .set('Authorization', `Bearer ${tokens.get(who) as string}`)
      .field('documentKind', DOCUMENT_KIND)
      .attach('file', PDF, { filename: '収支予算書.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.allowedRoles).toEqual(expect.arrayContaining(['applicant', 'officer']));
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
    for (const response of await Promise.all([
      request(server).get('/cases'),
      request(server).get(`/cases/${cases.own}`),
      request(server).get(`/cases/${cases.own}/history`),
      request(server).post(`/cases/${cases.own}/events`).send({ type: 'ADD_NOTE', note: 'x' }),
      request(server).post('/cases').send({}),
      ...READ_ROUTES.map(([, path]) => request(server).get(path('own'))),
      request(server).get(`/cases/${cases.own}/reviews`),
      request(server).get(`/cases/${cases.inReview}/notices/${acceptanceNotice}`),
      request(server).post(`/cases/${cases.own}/attachments`).field('documentKind', DOCUMENT_KIND),
    ])) {
      expect(response.status).toBe(401);
    }
  });

  it('stored nothing for any refused request: each case has the entries of its accepted events and uploads only', async () => {
    const counts = await database.query<{ case_id: string; n: number }>(
      `SELECT case_id, count(*)::int AS n FROM audit_entry WHERE case_id = ANY($1::uuid[]) GROUP BY case_id`,
      [Object.values(cases)],
    );
    const byCase = Object.fromEntries(counts.map((row) => [row.case_id, row.n]));
    // own and other organization: opening, two notes (the applicant's and the officer's), the set-up upload and two
    // accepted uploads (the applicant's and the officer's); other tenant: opening and set-up upload; in review:
    // START_APPLICATION, the application's three papers, SUBMIT, ACCEPT, ASSIGN_REVIEWER, AFFIRM_NO_CONFLICT, the set-up upload and two accepted uploads.
    expect(byCase).toEqual({ [cases.own]: 6, [cases.otherOrganization]: 6, [cases.otherTenant]: 2, [cases.inReview]: 11 });
    const files = await database.query<{ case_id: string; n: number }>(
      `SELECT case_id, count(*)::int AS n FROM attachment WHERE case_id = ANY($1::uuid[]) GROUP BY case_id`,
      [Object.values(cases)],
    );
    expect(Object.fromEntries(files.map((row) => [row.case_id, row.n]))).toEqual({
      [cases.own]: 3,
      [cases.otherOrganization]: 3,
      [cases.otherTenant]: 1,
      [cases.inReview]: 6, // and the three papers of its application
    });
  });
});
