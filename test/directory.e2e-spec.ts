import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { seedProgram } from '#libs/programs';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

const SUPPORT = seedProgram('協働支援');

describe('directories: the program catalogue, and the people and organizations staff look up (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  const clock = new SettableClock(new Date('2025-06-02T12:00:00+09:00'));

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock });
    [tenant] = api.tenants as [SeededTenant];
  });

  afterAll(() => api?.close());

  describe('GET /programs', () => {
    it('shows an applicant the programs their organization may apply to, in Japanese, with the papers and the window', async () => {
      const response = await (await api.as('applicant')).get('/programs').expect(200);
      const support = response.body.find((program: { code: string }) => program.code === '協働支援');
      expect(support).toMatchObject({
        nameJa: '地域協働体支援事業補助金',
        municipalityJa: '一関市',
        window: { status: 'allYear', ja: '通年受付', statusLabel: { ja: '通年受付' } },
        rate: { numerator: 2, denominator: 3, ja: '3分の2' },
        caps: { perFiscalYear: 100_000, ja: '1年度あたり100,000円まで' },
        requiredDocuments: { application: [{ kind: 'applicationForm', ja: '交付申請書' }, { kind: 'projectPlan', ja: '事業計画書' }, { kind: 'budget', ja: '収支予算書' }] },
        priorConsultationRequired: false,
        applicableOrganizations: [{ id: tenant.organizationId, name: '舞川地区地域協働体' }],
      });
      expect(support.summaryJa).toMatch(/^補助率は対象経費の3分の2（円未満切り捨て）、上限は1年度あたり100,000円までです。/);
      // The 宝くじ助成 window (2025-09-01 … 10-10) has not opened yet on 2025-06-02: it is coming, so it is listed.
      expect(response.body.find((program: { code: string }) => program.code === 'コミ一般').window).toMatchObject({ status: 'upcoming', ja: '令和7年9月1日から令和7年10月10日まで' });
    });

    it('leaves out a program whose window has closed', async () => {
      clock.setTokyoDate('2025-10-11');
      try {
        const codes = (await (await api.as('officer')).get('/programs').expect(200)).body.map((program: { code: string }) => program.code);
        expect(codes).toContain('協働支援');
        expect(codes).not.toContain('コミ一般');
      } finally {
        clock.setTokyoDate('2025-06-02');
      }
    });

    it("shows staff every program and no organizations of their own; another municipality none of this one's", async () => {
      expect((await (await api.as('admin')).post('/admin/programs', { ...SUPPORT, code: '一関独自', nameJa: '一関市独自の事業' })).status).toBe(201);
      const staff = (await (await api.as('finance')).get('/programs').expect(200)).body as Array<{ code: string; applicableOrganizations: unknown[] }>;
      expect(staff.map((program) => program.code)).toContain('一関独自');
      expect(staff.every((program) => program.applicableOrganizations.length === 0)).toBe(true);
      const elsewhere = (await (await api.as('officer', api.tenants[1])).get('/programs').expect(200)).body as Array<{ code: string }>;
      expect(elsewhere.map((program) => program.code)).not.toContain('一関独自');
    });
  });

  describe('GET /directory/users and /directory/organizations', () => {
    it('lists the reviewers for an officer, by name, without e-mail addresses', async () => {
      const response = await (await api.as('officer')).get('/directory/users?role=reviewer').expect(200);
      expect(response.body.map((person: { displayName: string }) => person.displayName)).toEqual(['reviewer', 'second-reviewer']);
      expect(response.body[0]).toEqual({ id: tenant.users.reviewer.id, displayName: 'reviewer', role: 'reviewer', roleJa: '審査員', liaisonAreas: [], organizations: [], assignmentProblems: [] });
    });

    it('says, for a case, which reviewer cannot be assigned and why', async () => {
      const admin = await api.as('admin');
      await admin.post(`/admin/organizations/${tenant.organizationId}/members/${tenant.users.secondReviewer.id}`, {});
      const applicant = await api.as('applicant');
      const opened = await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' });
      const caseId = opened.body.id as string;
      await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
      await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: [{ category: '報償費', amount: 90_000 }] }).expect(200);
      await (await api.as('officer')).post(`/cases/${caseId}/events`, { type: 'ACCEPT' }).expect(200);

      const response = await (await api.as('officer')).get(`/directory/users?role=reviewer&forCase=${caseId}`).expect(200);
      const second = response.body.find((person: { id: string }) => person.id === tenant.users.secondReviewer.id);
      expect(second).toMatchObject({
        organizations: [{ id: tenant.organizationId, name: '舞川地区地域協働体' }],
        assignmentProblems: [{ field: 'reviewerId', ja: 'この審査員は申請団体の会員のため、割り当てられません（利益相反）。' }],
      });
      expect(response.body.find((person: { id: string }) => person.id === tenant.users.reviewer.id).assignmentProblems).toEqual([]);
      expect((await (await api.as('officer')).get('/directory/users?forCase=00000000-0000-4000-8000-000000000000')).body).toMatchObject({ statusCode: 404, code: 'CASE_NOT_FOUND' });
      // Another municipality's officer learns nothing of the case, not even that it exists.
      const elsewhere = await (await api.as('officer', api.tenants[1])).get(`/directory/users?role=reviewer&forCase=${caseId}`);
      expect(elsewhere.body).toMatchObject({ statusCode: 404, code: 'CASE_NOT_FOUND' });
    });

    it('lists the organizations with their members for staff', async () => {
      const response = await (await api.as('approver')).get('/directory/organizations').expect(200);
      expect(response.body.find((organization: { id: string }) => organization.id === tenant.organizationId)).toMatchObject({
        name: '舞川地区地域協働体',
        typeJa: '地域協働体',
        area: '舞川',
        members: expect.arrayContaining([{ id: tenant.users.applicant.id, displayName: 'applicant' }]),
      });
    });

    it.each(['applicant', 'reviewer', 'admin'] as const)('refuses %s with 403 naming the roles that may', async (who) => {
      for (const path of ['/directory/users', '/directory/organizations']) {
        const response = await (await api.as(who)).get(path);
        expect({ path, status: response.status, body: response.body }).toMatchObject({
          path,
          status: 403,
          body: { code: 'DIRECTORY_FORBIDDEN', allowedRoles: ['officer', 'approver', 'finance'] },
        });
      }
    });

    it('refuses a role that is not one with 400 naming it', async () => {
      const response = await (await api.as('officer')).get('/directory/users?role=mayor');
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual([{ field: 'role', message: 'role must be one of applicant, officer, reviewer, approver, finance' }]);
    });
  });
});
