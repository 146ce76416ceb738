import request from 'supertest';
import { type DocumentKind, seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');
const CATEGORY = SUPPORT.eligibleExpenseCategories[0] as string;

describe('a case a person can act on: GET /cases/{id}, GET /me/tasks and refusals in Japanese (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock });
    [tenant] = api.tenants as [SeededTenant];
  });

  afterAll(() => api?.close());

  const as = (who: Who) => api.as(who);
  /** A client that sends no Accept-Language, as a browser set to Japanese does. */
  const inJapanese = async (who: Who) => {
    const token = await api.tokenOf(who);
    return {
      post: (path: string, body: object) => request(api.app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`).send(body),
      get: (path: string) => request(api.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`),
    };
  };

  async function openDraft(): Promise<string> {
    const response = await (await as('applicant')).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function send(caseId: string, who: Who, body: { type: string; [field: string]: unknown }, on?: string) {
    if (on) clock.setTokyoDate(on);
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${body.type} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  const view = async (caseId: string, who: Who) => (await (await as(who)).get(`/cases/${caseId}`).expect(200)).body;
  const filing = { requestedAmount: 60_000, plannedExpenses: [{ category: CATEGORY, amount: 90_000 }] };
  const tasksOf = async (who: Who) => (await (await as(who)).get('/me/tasks').expect(200)).body;
  const tasksOn = (tasks: { items: Array<{ case: { id: string }; [field: string]: unknown }> }, caseId: string) => tasks.items.filter((task) => task.case.id === caseId);

  describe('a draft without its papers', () => {
    let caseId: string;
    beforeAll(async () => {
      clock.setTokyoDate('2025-05-01');
      caseId = await openDraft();
    });

    it('offers the applicant SUBMIT, blocked by each missing paper named in Japanese, and says nobody else has a move', async () => {
      const draft = await view(caseId, 'applicant');
      const submit = draft.actions.available.find((action: { type: string }) => action.type === 'SUBMIT');
      expect(submit).toEqual({
        type: 'SUBMIT',
        label: { ja: '申請書の提出', en: 'submit the application' },
        blockers: [
          {
            field: 'documents',
            ja: '申請に必要な書類がそろっていません：交付申請書、事業計画書、収支予算書。書類を添付してからもう一度送ってください。',
            en: 'documents missing for the application: applicationForm, projectPlan, budget',
          },
        ],
      });
      expect(draft.correction).toBeNull();
      expect(draft.refund).toBeNull();
    });

    it('puts the filing on the applicant’s to-do list with what blocks it, and on nobody else’s', async () => {
      const [task] = tasksOn(await tasksOf('applicant'), caseId);
      expect(task).toMatchObject({ kind: 'submitApplication', event: { type: 'SUBMIT' }, blockers: [{ field: 'documents' }] });
      for (const who of ['officer', 'approver', 'finance'] as const) expect(tasksOn(await tasksOf(who), caseId)).toEqual([]);
    });

    it('lifts the blocker once each paper is attached, then files', async () => {
      const applicant = await as('applicant');
      await attachPapers(applicant, caseId, ['applicationForm']);
      const partly = await view(caseId, 'applicant');
      expect(partly.actions.available.find((action: { type: string }) => action.type === 'SUBMIT').blockers[0].en).toBe('documents missing for the application: projectPlan, budget');
      await attachPapers(applicant, caseId, ['projectPlan', 'budget']);
      const ready = await view(caseId, 'applicant');
      expect(ready.actions.available.find((action: { type: string }) => action.type === 'SUBMIT').blockers).toEqual([]);
      const filed = await send(caseId, 'applicant', { type: 'SUBMIT', ...filing }, '2025-05-10');
      expect(filed.state.code).toBe('application.submitted');
      // Now the officer's move: the applicant may still withdraw.
      expect(filed.actions.available.map((action: { type: string }) => action.type)).toEqual(['WITHDRAW']);
      expect(filed.actions.waitingFor).toEqual([
        { role: 'officer', label: { ja: '担当職員', en: 'officer' }, events: expect.arrayContaining([expect.objectContaining({ type: 'ACCEPT' })]) },
      ]);
    });

    it('gives the officer a filing to accept on the to-do list', async () => {
      expect(tasksOn(await tasksOf('officer'), caseId)).toEqual([expect.objectContaining({ kind: 'acceptFiling', event: expect.objectContaining({ type: 'ACCEPT' }), blockers: [] })]);
    });

    it('shows why it was returned and by when, to the applicant and the officer; the correction is the applicant’s task', async () => {
      await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が合っていません', dueOn: '2025-05-26' }, '2025-05-12');
      for (const who of ['applicant', 'officer'] as const) {
        expect((await view(caseId, who)).correction).toEqual({
          kind: 'application',
          reason: '収支予算書の合計が合っていません',
          returnedOn: '2025-05-12',
          dueOn: '2025-05-26',
          dueOnJa: '令和7年5月26日',
        });
      }
      const [task] = tasksOn(await tasksOf('applicant'), caseId);
      expect(task).toMatchObject({ kind: 'correctApplication', due: { kind: 'correctionDue', dueOn: '2025-05-26', dueOnJa: '令和7年5月26日', daysLeft: 14 }, overdue: false });
    });

    it('lists a missed correction first, as overdue, and gives the officer a follow-up', async () => {
      clock.setTokyoDate('2025-05-28');
      const applicantTasks = await tasksOf('applicant');
      expect(applicantTasks.items[0]).toMatchObject({ case: { id: caseId }, kind: 'correctApplication', overdue: true, due: { daysLeft: -2 } });
      expect(tasksOn(await tasksOf('officer'), caseId)).toEqual([expect.objectContaining({ kind: 'followUpOverdue', event: null, overdue: true })]);
      const resubmitted = await send(caseId, 'applicant', { type: 'RESUBMIT', ...filing });
      expect(resubmitted.correction).toBeNull();
    });
  });

  describe('review, decision and a refund', () => {
    let caseId: string;
    beforeAll(async () => {
      clock.setTokyoDate('2025-05-01');
      caseId = await openDraft();
      await attachPapers(await as('applicant'), caseId, papersFor(SUPPORT, 'application'));
      await send(caseId, 'applicant', { type: 'SUBMIT', ...filing }, '2025-05-10');
      await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    });

    it('asks the officer to assign a reviewer, by the 標準処理期間', async () => {
      expect(tasksOn(await tasksOf('officer'), caseId)).toEqual([
        expect.objectContaining({ kind: 'assignReviewer', due: expect.objectContaining({ kind: 'decisionDue' }) }),
      ]);
    });

    it('asks the assigned reviewer to declare conflicts of interest first, then for the review, and no longer once it is in; the approver then decides', async () => {
      await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
      expect(tasksOn(await tasksOf('reviewer'), caseId)).toEqual([
        expect.objectContaining({ kind: 'declareConflicts', event: expect.objectContaining({ type: 'AFFIRM_NO_CONFLICT' }), due: expect.objectContaining({ kind: 'reviewDue' }) }),
      ]);
      await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
      expect(tasksOn(await tasksOf('reviewer'), caseId)).toEqual([expect.objectContaining({ kind: 'submitReview', due: expect.objectContaining({ kind: 'reviewDue' }) })]);
      await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
      expect(tasksOn(await tasksOf('reviewer'), caseId)).toEqual([]);
      expect((await view(caseId, 'reviewer')).actions.unavailable).toEqual([]);
      expect(tasksOn(await tasksOf('approver'), caseId)).toEqual([expect.objectContaining({ kind: 'decideGrant' })]);
    });

    it('names who sent each event in the history', async () => {
      const history = (await (await as('officer')).get(`/cases/${caseId}/history`).expect(200)).body as Array<{ eventType: string; actorName: string; actorRoleJa: string }>;
      expect(history.find((entry) => entry.eventType === 'ACCEPT')).toMatchObject({ actorName: 'officer', actorRoleJa: '担当職員' });
      expect(history.find((entry) => entry.eventType === 'SUBMIT')).toMatchObject({ actorName: 'applicant', actorRoleJa: '申請団体' });
    });

    it('asks finance for the advance once requested, then shows what is owed after a revocation, with how it was computed', async () => {
      await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第90号' }, '2025-05-30');
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-02');
      await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 30_000 });
      expect(tasksOn(await tasksOf('finance'), caseId)).toEqual([expect.objectContaining({ kind: 'recordPayment', due: expect.objectContaining({ kind: 'advancePaymentDue' }) })]);
      await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-12');
      expect(tasksOn(await tasksOf('finance'), caseId)).toEqual([]);
      await send(caseId, 'approver', { type: 'REVOKE', reason: '目的外使用', noticeNumber: '一協第91号', refundOrderNumber: '一協第92号' }, '2025-09-01');

      clock.setTokyoDate('2025-09-10');
      const revoked = await view(caseId, 'applicant');
      // 30,000 yen held 93 days (06-10 … 09-10, both counted) at 10.95% a year: 837 yen 加算金.
      expect(revoked.refund).toMatchObject({ asOf: '2025-09-10', principal: 30_000, principalLeft: 30_000, addition: 837, delinquency: 0, total: 30_837 });
      expect(revoked.refund.computation.ja).toContain('加算金金837円（支払を受けた日から、未返還の額に年10.95パーセント、日割り）');
      expect(revoked.refund.computation.ja).toContain('令和7年9月10日現在の合計金30,837円');
      expect(tasksOn(await tasksOf('finance'), caseId)).toEqual([expect.objectContaining({ kind: 'recordRefund', due: expect.objectContaining({ kind: 'refundDue' }) })]);
    });
  });

  describe('refusals people meet most, in plain Japanese by default', () => {
    it('says the application window is closed, with its dates in the era', async () => {
      const windowed = { ...SUPPORT, code: '窓口付き', nameJa: '募集期間のある事業', applicationWindow: { opens: '2025-04-01', closes: '2025-05-31' } };
      expect((await (await as('admin')).post('/admin/programs', windowed)).status).toBe(201);
      clock.setTokyoDate('2025-05-20');
      const opened = await (await as('applicant')).post('/cases', { programCode: windowed.code, organizationId: tenant.organizationId, start: 'application' });
      const caseId = opened.body.id as string;
      await attachPapers(await as('applicant'), caseId, papersFor(SUPPORT, 'application'));
      clock.setTokyoDate('2025-06-02');
      const response = await (await inJapanese('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'CASE_EVENT_REFUSED',
        message: '募集期間（令和7年4月1日から令和7年5月31日まで）の外のため、提出できません。',
        problems: [{ field: null, message: '募集期間（令和7年4月1日から令和7年5月31日まで）の外のため、提出できません。' }],
      });
    });

    it('says the amount asked is above the cap and names the field, and the papers missing by their names', async () => {
      clock.setTokyoDate('2025-06-02');
      const caseId = await openDraft();
      await attachPapers(await as('applicant'), caseId, ['applicationForm'] as DocumentKind[]);
      const response = await (await inJapanese('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', requestedAmount: 60_001, plannedExpenses: filing.plannedExpenses });
      expect(response.status).toBe(422);
      expect(response.body.problems).toEqual([
        { field: 'documents', message: '申請に必要な書類がそろっていません：事業計画書、収支予算書。書類を添付してからもう一度送ってください。' },
        { field: 'requestedAmount', message: '申請額（requestedAmount）60,001円は、この経費に対してこの制度が交付できる上限60,000円を超えています。' },
      ]);
      const english = await (await as('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', requestedAmount: 60_001, plannedExpenses: filing.plannedExpenses });
      expect(english.body.problems.map((problem: { message: string }) => problem.message)).toEqual([
        'documents missing for the application: projectPlan, budget',
        'requestedAmount 60,001 yen is above the most this program can grant for these expenses: 60,000 yen',
      ]);
    });

    it('says whose turn it is (403) and what the case waits for (409)', async () => {
      const caseId = await openDraft();
      const officer = await inJapanese('officer');
      const forbidden = await officer.post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body).toMatchObject({ code: 'CASE_FORBIDDEN', message: '「申請書の提出」は申請団体が行う操作です。担当職員の方は行えません。', allowedRoles: ['applicant'] });
      const early = await officer.post(`/cases/${caseId}/events`, { type: 'ACCEPT' });
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'CASE_EVENT_NOT_ACCEPTED', message: 'この案件は今「申請書作成中」のため、「受理」はできません。あなたが今できる操作はありません。' });
    });

    it('names a malformed field in Japanese', async () => {
      const caseId = await openDraft();
      const response = await (await inJapanese('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', requestedAmount: -1, plannedExpenses: [] });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'REQUEST_INVALID', problems: [{ field: 'requestedAmount', message: '申請額（requestedAmount）は0円以上で入力してください。' }] });
    });
  });
});
