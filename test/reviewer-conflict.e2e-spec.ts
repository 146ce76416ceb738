import { CASE_EVENT_LABELS } from '#libs/lifecycle';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');
const CATEGORY = SUPPORT.eligibleExpenseCategories[0] as string;
const DECLARATIONS = ['AFFIRM_NO_CONFLICT', 'DECLARE_CONFLICT'];

/**
 * A 審査 committee records each member's declaration that they have no conflict of interest
 * (利益相反なし) before the member reads the application: over HTTP on real PostgreSQL, an
 * assigned reviewer sees the case's header only until they declare, and their review waits for it.
 */
describe("a reviewer's declaration of conflicts of interest before the application is shown (real PostgreSQL)", () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  let caseId: string;
  let attachmentId: string;
  let noticeId: string;

  const as = (who: Who) => api.as(who);
  /** Read in Japanese, as the web app reads it. */
  const read = async (who: Who, path: string) => (await as(who)).get(path).set('Accept-Language', 'ja');
  const send = async (who: Who, body: { type: string; [field: string]: unknown }) => (await as(who)).post(`/cases/${caseId}/events`, body).set('Accept-Language', 'ja');
  const accepted = async (who: Who, body: { type: string; [field: string]: unknown }) => {
    const response = await send(who, body);
    if (response.status !== 200) throw new Error(`${body.type} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const trailLength = async () => Number((await api.database.query<{ n: string }>(`SELECT count(*) AS n FROM audit_entry WHERE case_id = $1`, [caseId]))[0]?.n);
  /** Every record of the case besides its header, each a route of the API. */
  const records = () => [
    `/cases/${caseId}/history`,
    `/cases/${caseId}/attachments`,
    `/cases/${caseId}/attachments/${attachmentId}`,
    `/cases/${caseId}/notices`,
    `/cases/${caseId}/notices/${noticeId}`,
    `/cases/${caseId}/expenses`,
    `/cases/${caseId}/payments`,
    `/cases/${caseId}/notes`,
    `/cases/${caseId}/reviews`,
  ];

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock });
    [tenant] = api.tenants as [SeededTenant];
    const applicant = await as('applicant');
    caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await accepted('applicant', { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: [{ category: CATEGORY, amount: 90_000 }] });
    clock.setTokyoDate('2025-05-12');
    await accepted('officer', { type: 'ACCEPT' });
    await accepted('officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await accepted('officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.secondReviewer.id });
    attachmentId = (await read('officer', `/cases/${caseId}/attachments`)).body[0].id;
    noticeId = (await read('officer', `/cases/${caseId}/notices`)).body[0].id;
    clock.setTokyoDate('2025-05-13');
  });

  afterAll(() => api?.close());

  it("shows an assigned reviewer who has not declared only the case's header, saying the declaration is owed", async () => {
    const response = await read('reviewer', `/cases/${caseId}`);
    expect(response.status).toBe(200);
    const view = response.body;
    expect(view).toMatchObject({
      caseNumber: expect.stringMatching(/^R7-協働支援-\d{4}$/),
      program: { code: SUPPORT.code, nameJa: SUPPORT.nameJa },
      organization: { id: tenant.organizationId },
      state: { code: 'review.inReview', ja: '審査中' },
      reviewAssignment: { conflictDeclaration: 'owed', reviewed: false },
      amounts: { requested: null, decided: null, confirmed: null },
      correction: null,
      pendingChange: null,
      availableEvents: DECLARATIONS,
    });
    // Their own review's due date, and no one else's deadline.
    expect(view.deadlines.map((deadline: { kind: string; subject: string | null }) => [deadline.kind, deadline.subject])).toEqual([['reviewDue', tenant.users.reviewer.id]]);
    expect(view.actions.unavailable).toEqual([
      expect.objectContaining({ type: 'SUBMIT_REVIEW', reasons: [expect.objectContaining({ ja: expect.stringContaining('利益相反がないことを申告してください') })] }),
    ]);
    // The officer's view is as it always was.
    const officer = (await read('officer', `/cases/${caseId}`)).body;
    expect(officer).toMatchObject({ reviewAssignment: null, amounts: { requested: 60_000 } });
    expect(officer.deadlines.map((deadline: { kind: string }) => deadline.kind).sort()).toEqual(['decisionDue', 'reviewDue', 'reviewDue']);
  });

  it("refuses them every record of the application, papers and downloads included, 403 with a reason in Japanese and what they may send", async () => {
    for (const path of records()) {
      const response = await read('reviewer', path);
      expect([path, response.status, response.body.code, response.body.acceptableEvents]).toEqual([path, 403, 'CASE_CONFLICT_DECLARATION_OWED', DECLARATIONS]);
      expect(response.body.message).toBe(
        '申請団体との利益相反がないことを申告するまで、申請の内容・書類・記録は見られません。利益相反があるときは、申請を見ずにその申告をしてください。',
      );
    }
    // The program's terms are not the application: they read them.
    expect((await read('reviewer', `/cases/${caseId}/program`)).status).toBe(200);
    // Their task is the declaration, dated by their review's deadline.
    const tasks = (await read('reviewer', '/me/tasks')).body.items.filter((task: { case: { id: string } }) => task.case.id === caseId);
    expect(tasks).toEqual([expect.objectContaining({ kind: 'declareConflicts', event: expect.objectContaining({ type: 'AFFIRM_NO_CONFLICT' }), due: expect.objectContaining({ kind: 'reviewDue' }) })]);
  });

  it('refuses their review before the declaration, 409 naming the declaration owed, and writes nothing', async () => {
    const before = await trailLength();
    const response = await send('reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CASE_EVENT_NOT_ACCEPTED', state: 'review.inReview', acceptableEvents: DECLARATIONS });
    expect(response.body.message).toBe(
      '審査結果を出す前に、申請団体との利益相反がないことを申告してください。利益相反があるときは、その申告をしてください。今できる操作は「利益相反なしの申告」「利益相反の申告」です。',
    );
    expect(await trailLength()).toBe(before);
  });

  it('takes their declaration of no conflict into the audit trail, once, and then shows them the application as an assigned reviewer sees it', async () => {
    const answer = await accepted('reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    expect(answer).toMatchObject({ reviewAssignment: { conflictDeclaration: 'noConflict', reviewed: false }, amounts: { requested: 60_000 }, availableEvents: ['SUBMIT_REVIEW', 'DECLARE_CONFLICT'] });

    const before = await trailLength();
    const again = await send('reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CASE_EVENT_NOT_ACCEPTED', acceptableEvents: ['SUBMIT_REVIEW', 'DECLARE_CONFLICT'] });
    expect(again.body.message).toBe('利益相反がないことは、すでに申告しています。今できる操作は「審査結果の提出」「利益相反の申告」です。');
    expect(await trailLength()).toBe(before);

    for (const path of records()) expect([path, (await read('reviewer', path)).status]).toEqual([path, 200]);
    const view = (await read('reviewer', `/cases/${caseId}`)).body;
    expect(view.deadlines.map((deadline: { kind: string }) => deadline.kind).sort()).toEqual(['decisionDue', 'reviewDue', 'reviewDue']);

    // In the history of the case, by the reviewer; to the applicant, who reads no reviews, as 審査員 only.
    const [officerHistory, applicantHistory] = await Promise.all([read('officer', `/cases/${caseId}/history`), read('applicant', `/cases/${caseId}/history`)]);
    expect(officerHistory.body.at(-1)).toMatchObject({ eventType: 'AFFIRM_NO_CONFLICT', actorUserId: tenant.users.reviewer.id, actorRoleJa: '審査員', stateAfter: 'review.inReview' });
    expect(applicantHistory.body.at(-1)).toMatchObject({ eventType: 'AFFIRM_NO_CONFLICT', actorName: '審査員', payload: null });
    expect(CASE_EVENT_LABELS.AFFIRM_NO_CONFLICT.ja).toBe('利益相反なしの申告');
    const snapshot = (await api.database.query<{ reviewers: Array<{ reviewerId: string; affirmedNoConflict: boolean }> }>(
      `SELECT snapshot->'context'->'reviewers' AS reviewers FROM grant_case WHERE id = $1`,
      [caseId],
    ))[0]?.reviewers;
    expect(snapshot?.map(({ reviewerId, affirmedNoConflict }) => [reviewerId, affirmedNoConflict])).toEqual([
      [tenant.users.reviewer.id, true],
      [tenant.users.secondReviewer.id, false],
    ]);
  });

  it('leaves the other assigned reviewer owing their own declaration', async () => {
    expect((await read('secondReviewer', `/cases/${caseId}`)).body).toMatchObject({ reviewAssignment: { conflictDeclaration: 'owed' }, amounts: { requested: null } });
    expect((await read('secondReviewer', `/cases/${caseId}/expenses`)).status).toBe(403);
  });

  it('still takes a conflict declared without reading the application: the reviewer leaves the case having seen none of it', async () => {
    const answer = await accepted('secondReviewer', { type: 'DECLARE_CONFLICT', reason: '申請団体の監事を務めているため。' });
    expect(answer).toMatchObject({ reviewAssignment: null, amounts: { requested: null }, availableEvents: [] });
    expect((await read('secondReviewer', `/cases/${caseId}`)).status).toBe(404);
    const history = (await read('officer', `/cases/${caseId}/history`)).body;
    expect(history.at(-1)).toMatchObject({ eventType: 'DECLARE_CONFLICT', actorUserId: tenant.users.secondReviewer.id });
  });

  it('takes the review of the reviewer who declared no conflict, and the case goes on to the decision', async () => {
    clock.setTokyoDate('2025-05-20');
    const answer = await accepted('reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '計画は妥当' });
    expect(answer).toMatchObject({ state: { code: 'review.awaitingDecision' }, reviewAssignment: { conflictDeclaration: 'noConflict', reviewed: true } });
    const verification = (await (await as('admin')).get('/admin/audit/verify').expect(200)).body as { firstBroken: unknown };
    expect(verification.firstBroken).toBeNull();
  });
});
