import { problemMessages } from '#libs/testing/problem-messages';
import request from 'supertest';
import { type DocumentKind, seedProgram } from '#libs/programs';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { type ApiTestApp, type SeededTenant, seedTenant, SettableClock, startApiTestApp, TEST_PASSWORD } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');
const CONSENSUS = seedProgram('合意形成');

describe('cases over HTTP (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock });
    [tenant, otherTenant] = api.tenants;
  });

  afterAll(() => api?.close());

  const as = (who: Who, of?: SeededTenant) => api.as(who, of);

  /** A draft (with the application's papers attached, unless told not to) or a consultation. */
  async function openCase(program = SUPPORT.code, who: Who = 'applicant', start = 'application', { papers = true } = {}) {
    const response = await (await as(who)).post('/cases', { programCode: program, organizationId: tenant.organizationId, start });
    expect(response.status).toBe(201);
    const caseId = response.body.id as string;
    if (start === 'application' && papers) await attachPapers(await as(who), caseId, papersFor(seedProgram(program), 'application'));
    return caseId;
  }

  /** Sends an event; `papers` in the body are attached by the applicant first, as a person attaches them before sending. */
  async function send(caseId: string, who: Who, { papers, ...body }: { type: string; papers?: readonly DocumentKind[]; [field: string]: unknown }, on?: string) {
    if (on) clock.setTokyoDate(on);
    if (papers) await attachPapers(await as('applicant'), caseId, papers);
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  const filing = (program: typeof SUPPORT, planned: number, requested: number) => ({
    requestedAmount: requested,
    plannedExpenses: [{ category: program.eligibleExpenseCategories[0], amount: planned }],
  });
  const report = (program: typeof SUPPORT, actual: number) => ({
    type: 'SUBMIT_REPORT',
    actualExpenses: [{ category: program.eligibleExpenseCategories[0], amount: actual }],
    papers: program.requiredDocuments.report,
    outcomes: '活動報告',
  });

  async function throughDecision(program: typeof SUPPORT, planned: number, requested: number, decided: number) {
    clock.setTokyoDate('2025-05-01');
    const caseId = await openCase(program.code);
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(program, planned, requested) }, '2025-05-10');
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    const decidedCase = await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: decided, conditions: [], noticeNumber: `一協第${caseId.slice(0, 4)}号` }, '2025-05-30');
    return { caseId, decidedCase };
  }

  describe('full lifecycles', () => {
    it('takes a 地域協働体支援事業補助金 case at 2/3 from application to a final payment', async () => {
      const { caseId, decidedCase } = await throughDecision(SUPPORT, 160_000, 100_000, 100_000);
      expect(decidedCase.state).toEqual({ code: 'grant.decided', ja: '交付決定済み', en: 'Grant decided' });
      expect(decidedCase.caseNumber).toMatch(/^R7-協働支援-\d{4}$/);
      expect(decidedCase.fiscalYearLabel).toBe('令和7年度');

      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01');
      const completed = await send(caseId, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01');
      // 30 days after 2025-11-28 is 2025-12-28, a Sunday inside 年末年始 (12-29 … 01-03): the next open day is 2026-01-05.
      expect(completed.deadlines).toEqual([{ kind: 'reportDue', subject: null, dueOn: '2026-01-05', dueOnJa: '令和8年1月5日', daysLeft: 35 }]);
      await send(caseId, 'applicant', report(SUPPORT, 120_000), '2025-12-10');
      const confirmed = await send(caseId, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第40号' }, '2025-12-20');
      expect(confirmed.state.code).toBe('settlement.paymentDue');
      expect(confirmed.amounts).toMatchObject({ requested: 100_000, decided: 100_000, confirmed: 80_000, paid: 0 });

      const closed = await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 80_000, paidOn: '2026-01-09', kind: 'finalPayment' }, '2026-01-09');
      expect(closed.state.code).toBe('closed');
      expect(closed.deadlines).toEqual([]);
      expect(closed.availableEvents).toEqual([]);

      const history = await (await as('officer')).get(`/cases/${caseId}/history`).expect(200);
      // The papers are in the trail too: three for the application, four for the report.
      const papers = (count: number) => Array(count).fill('ATTACH_DOCUMENT');
      expect(history.body.map((entry: { eventType: string }) => entry.eventType)).toEqual([
        'START_APPLICATION', ...papers(3), 'SUBMIT', 'ACCEPT', 'ASSIGN_REVIEWER', 'AFFIRM_NO_CONFLICT', 'SUBMIT_REVIEW', 'DECIDE_GRANT',
        'START_PROJECT', 'COMPLETE_PROJECT', ...papers(4), 'SUBMIT_REPORT', 'CONFIRM_AMOUNT', 'RECORD_PAYMENT',
      ]);
      const notices = await api.database.query<{ kind: string }>(`SELECT kind FROM notice WHERE case_id = $1 ORDER BY created_at, kind`, [caseId]);
      expect(notices.map((notice) => notice.kind).sort()).toEqual(['acceptance', 'amountConfirmation', 'grantDecision']);
    });

    it('takes a consensus-building case through 前金払 and a refund of 8,000 yen', async () => {
      const { caseId } = await throughDecision(CONSENSUS, 50_000, 50_000, 50_000);
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-02');
      await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 50_000 });
      await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 50_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
      await send(caseId, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2026-01-30' }, '2026-02-02');
      await send(caseId, 'applicant', report(CONSENSUS, 42_000), '2026-02-10');
      const confirmed = await send(caseId, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第51号', refundOrderNumber: '一協第52号' }, '2026-02-20');
      expect(confirmed.state.code).toBe('settlement.refundDue');
      expect(confirmed.amounts).toMatchObject({ confirmed: 42_000, paid: 50_000 });
      expect(confirmed.deadlines).toEqual([expect.objectContaining({ kind: 'refundDue' })]);

      const closed = await send(caseId, 'finance', { type: 'RECORD_REFUND', amount: 8_000, refundedOn: '2026-03-02' }, '2026-03-02');
      expect(closed.state.code).toBe('closed');
      expect(closed.amounts).toMatchObject({ confirmed: 42_000, paid: 50_000, refunded: 8_000 });
    });

    it('tells the applicant the advance still to ask, from the decision on', async () => {
      const draft = await (await as('applicant')).get(`/cases/${await openCase()}`).expect(200);
      expect(draft.body.advance).toBeNull();
      const { caseId, decidedCase } = await throughDecision(SUPPORT, 90_000, 60_000, 60_000);
      // 5/10 of the 60,000 decided may be paid in advance.
      expect(decidedCase.advance).toEqual({ limit: 30_000, requested: 0, left: 30_000 });
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01');
      const asked = await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 20_000 });
      expect(asked.advance).toEqual({ limit: 30_000, requested: 20_000, left: 10_000 });
    });

    it("gives the terms of the program version a case runs under, after the program's window closed too", async () => {
      const lottery = seedProgram('コミ一般');
      const window = lottery.applicationWindow as { opens: string; closes: string };
      clock.setTokyoDate(window.opens);
      const caseId = await openCase(lottery.code);
      clock.setTokyoDate('2025-10-20');
      const terms = (await (await as('applicant')).get(`/cases/${caseId}/program`).expect(200)).body;
      expect(terms).toMatchObject({ code: lottery.code, version: lottery.version, eligibleExpenseCategories: lottery.eligibleExpenseCategories, window: { status: 'closed' } });
      expect(terms).not.toHaveProperty('applicableOrganizations');
      const catalogue = (await (await as('applicant')).get('/programs').expect(200)).body as { code: string }[];
      expect(catalogue.map((program) => program.code)).not.toContain(lottery.code);
      expect((await (await as('otherApplicant')).get(`/cases/${caseId}/program`)).status).toBe(404);
      expect((await (await as('officer', otherTenant)).get(`/cases/${caseId}/program`)).status).toBe(404);
    });

    it('returns a case for correction, takes it resubmitted, then refuses it (不交付)', async () => {
      clock.setTokyoDate('2025-05-01');
      const caseId = await openCase();
      await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, '2025-05-10');
      const returned = await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が不一致' }, '2025-05-12');
      expect(returned.state.code).toBe('application.returned');
      expect(returned.deadlines).toEqual([expect.objectContaining({ kind: 'correctionDue' })]);
      const resubmitted = await send(caseId, 'applicant', { type: 'RESUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, '2025-05-14');
      expect(resubmitted.deadlines).toEqual([]);
      await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-15');
      await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
      await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
      await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 1 }], comment: '効果が不明確' });
      const rejected = await send(caseId, 'approver', { type: 'DECIDE_REJECT', reasons: ['事業効果が不明確'], noticeNumber: '一協第13号' }, '2025-05-30');
      expect(rejected.state).toEqual({ code: 'rejected', ja: '不交付', en: 'Rejected' });
      expect(rejected.deadlines).toEqual([]);
    });

    it('turns a concluded consultation (相談) into an application (申請) the applicant then files', async () => {
      clock.setTokyoDate('2025-05-01');
      const caseId = await openCase(SUPPORT.code, 'applicant', 'consultation');
      await send(caseId, 'officer', { type: 'ADD_NOTE', note: '地区の防災計画について相談' });
      const early = await (await as('applicant')).post(`/cases/${caseId}/events`, { type: 'START_APPLICATION' });
      expect(early.status).toBe(409);
      expect(early.body.acceptableEvents).not.toContain('START_APPLICATION');
      const concluded = await send(caseId, 'officer', { type: 'CONCLUDE_CONSULTATION', summary: '申請へ進む' });
      expect(concluded.availableEvents).toContain('START_APPLICATION');
      const application = await send(caseId, 'applicant', { type: 'START_APPLICATION' });
      expect(application.state.code).toBe('application.draft');
      const filed = await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000), papers: papersFor(SUPPORT, 'application') }, '2025-05-10');
      expect(filed.state.code).toBe('application.submitted');
    });

    it('lets the applicant withdraw (取下げ) before the decision', async () => {
      clock.setTokyoDate('2025-05-01');
      const caseId = await openCase();
      const withdrawn = await send(caseId, 'applicant', { type: 'WITHDRAW', reason: '総会で見送り' }, '2025-05-02');
      expect(withdrawn.state.code).toBe('withdrawn');
    });

    it('approves a change request (変更承認) with the new decided amount', async () => {
      const { caseId } = await throughDecision(SUPPORT, 90_000, 60_000, 60_000);
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01');
      await send(caseId, 'applicant', {
        type: 'REQUEST_CHANGE',
        description: '講師謝礼の増額',
        plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 135_000 }],
        requestedAmount: 90_000,
        papers: SUPPORT.requiredDocuments.change,
      });
      const approved = await send(caseId, 'approver', { type: 'APPROVE_CHANGE', amount: 90_000, noticeNumber: '一協第20号' }, '2025-07-01');
      expect(approved.state.code).toBe('grant.inProgress');
      expect(approved.amounts.decided).toBe(90_000);
    });

    it('revokes a paid grant (取消) and takes the refund with 加算金 before closing it', async () => {
      const { caseId } = await throughDecision(SUPPORT, 90_000, 60_000, 60_000);
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-02');
      await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 30_000 });
      await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
      const revoked = await send(caseId, 'approver', { type: 'REVOKE', reason: '目的外使用', noticeNumber: '一協第30号', refundOrderNumber: '一協第31号' }, '2025-09-01');
      expect(revoked.state.code).toBe('revocation.refundDue');

      // On 2025-09-10: 30,000 yen held 93 days (06-10 … 09-10, both counted) at 10.95%: 837 yen 加算金.
      clock.setTokyoDate('2025-09-10');
      const tooMuch = await (await as('finance')).post(`/cases/${caseId}/events`, { type: 'RECORD_REFUND', amount: 30_838, refundedOn: '2025-09-10' });
      expect(tooMuch.status).toBe(422);
      expect(problemMessages(tooMuch.body)).toEqual(['amount 30,838 yen is above what is owed on 2025-09-10, 30,837 yen']);
      const done = await send(caseId, 'finance', { type: 'RECORD_REFUND', amount: 30_837, refundedOn: '2025-09-10' });
      expect(done.state.code).toBe('revoked');
      const notices = await api.database.query<{ kind: string; notice_number: string }>(
        `SELECT kind, notice_number FROM notice WHERE case_id = $1 AND kind IN ('revocation', 'refundOrder') ORDER BY kind`,
        [caseId],
      );
      expect(notices).toEqual([
        { kind: 'refundOrder', notice_number: '一協第31号' },
        { kind: 'revocation', notice_number: '一協第30号' },
      ]);
    });

    it('refuses a consensus-building grant above what is left of the two-year total', async () => {
      // The consensus-building case above took 42,000 of the 50,000 yen in FY2025.
      clock.setTokyoDate('2025-07-01');
      const caseId = await openCase(CONSENSUS.code);
      const response = await (await as('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing(CONSENSUS, 20_000, 20_000) });
      expect(response.status).toBe(422);
      expect(problemMessages(response.body)).toEqual(['requestedAmount 20,000 yen is above the most this program can grant for these expenses: 8,000 yen']);
    });
  });

  describe('refusals', () => {
    it('answers a role that may never send the event with 403 naming who may', async () => {
      clock.setTokyoDate('2025-05-01');
      const caseId = await openCase();
      const response = await (await as('officer')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'CASE_FORBIDDEN', message: 'SUBMIT may be sent by applicant, not officer', allowedRoles: ['applicant'] });
    });

    it('answers an event the state does not take with 409 listing what it takes', async () => {
      const caseId = await openCase();
      const response = await (await as('applicant')).post(`/cases/${caseId}/events`, { type: 'START_PROJECT' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'CASE_EVENT_NOT_ACCEPTED', state: 'application.draft', acceptableEvents: ['SUBMIT', 'WITHDRAW'] });
    });

    it('answers a broken rule with 422 and each problem', async () => {
      const caseId = await openCase(SUPPORT.code, 'applicant', 'application', { papers: false });
      const response = await (await as('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing(SUPPORT, 60_000, 60_000) });
      expect(response.status).toBe(422);
      expect(problemMessages(response.body)).toEqual([
        `documents missing for the application: ${SUPPORT.requiredDocuments.application.join(', ')}`,
        'requestedAmount 60,000 yen is above the most this program can grant for these expenses: 40,000 yen',
      ]);
    });

    it("lets a liaison officer (地域担当職員) open cases of their areas' organizations only", async () => {
      const [officer] = await api.database.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [tenant.users.officer.id]);
      await api.database.query(
        `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role, liaison_areas) VALUES ($1, 'liaison@ichinoseki.example', '舞川担当', $2, 'officer', '{舞川}')`,
        [tenant.id, officer?.password_hash],
      );
      const login = await request(api.app.getHttpServer())
        .post('/auth/login')
        .send({ tenant: tenant.code, email: 'liaison@ichinoseki.example', password: TEST_PASSWORD })
        .expect(200);
      const open = (organizationId: string) =>
        request(api.app.getHttpServer())
          .post('/cases')
          .set('Authorization', `Bearer ${login.body.accessToken}`)
          .send({ programCode: SUPPORT.code, organizationId, start: 'consultation' });
      expect((await open(tenant.organizationId)).status).toBe(201); // 舞川
      const elsewhere = await open(tenant.otherOrganizationId); // 弥栄
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body).toMatchObject({ code: 'CASE_REFERENCE_NOT_FOUND', problems: [{ field: 'organizationId' }] });
    });

    it("hides another organization's case and another tenant's case behind 404", async () => {
      const caseId = await openCase();
      expect((await (await as('otherApplicant')).get(`/cases/${caseId}`)).status).toBe(404);
      expect((await (await as('officer', otherTenant)).get(`/cases/${caseId}`)).status).toBe(404);
      expect((await (await as('approver', otherTenant)).post(`/cases/${caseId}/events`, { type: 'ACCEPT' })).status).toBe(404);
      expect((await (await as('reviewer')).get(`/cases/${caseId}`)).status).toBe(404); // not assigned to it
      expect((await (await as('officer')).get(`/cases/${caseId}`)).status).toBe(200);
    });

    it('refuses a stale If-Match with 409 and the current version', async () => {
      const caseId = await openCase();
      const response = await (await as('applicant')).post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, { 'If-Match': '"7"' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'CASE_STALE_VERSION', currentVersion: 2 });
      const view = await (await as('applicant')).get(`/cases/${caseId}`).expect(200);
      expect(view.headers.etag).toBe('"2"');
      expect(view.body.state.code).toBe('application.draft');
    });

    it('filters the list by a program code in Japanese, percent-encoded as a browser sends it', async () => {
      const caseId = await openCase();
      const listed = await (await as('officer')).get(`/cases?program=${encodeURIComponent(SUPPORT.code)}&limit=100`).expect(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(caseId);
      expect(listed.body.items.every((item: { programCode: string }) => item.programCode === SUPPORT.code)).toBe(true);
    });

    it.each([
      [{ type: 'SUBMIT', ...filing(SUPPORT, 90_000, -1) }, 'requestedAmount must not be negative'],
      [{ type: 'SUBMIT', ...filing(SUPPORT, 90_000, 1.5) }, 'requestedAmount must be a whole number of yen'],
      [{ type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000), surprise: true }, 'property surprise should not exist'],
      [{ type: 'SUBMIT', plannedExpenses: [] }, 'requestedAmount must be a whole number of yen'],
      [{ type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000), documents: ['applicationForm'] }, 'property documents should not exist'],
      [{ type: 'WITHDRAW', reason: 'x'.repeat(2001) }, 'reason must be at most 2000 characters'],
      [{ type: 'NO_SUCH_EVENT' }, 'type must be one of'],
    ])('refuses a malformed event with 400 naming the field, storing nothing (%#)', async (body, message) => {
      const caseId = await openCase();
      const entriesBefore = await api.database.query(`SELECT count(*) FROM audit_entry WHERE case_id = $1`, [caseId]);
      const response = await (await as('applicant')).post(`/cases/${caseId}/events`, body);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body).join(' | ')).toContain(message);
      expect(await api.database.query(`SELECT count(*) FROM audit_entry WHERE case_id = $1`, [caseId])).toEqual(entriesBefore);
    });
  });

  it('lets exactly one of 20 simultaneous conflicting events win; the trail has one entry for it', async () => {
    clock.setTokyoDate('2025-05-01');
    const caseId = await openCase();
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, '2025-05-10');
    const officer = await as('officer');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        officer.post(`/cases/${caseId}/events`, index % 2 ? { type: 'ACCEPT' } : { type: 'RETURN_FOR_CORRECTION', reason: `不備 ${index}` }, { 'If-Match': '"3"' }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const entries = await api.database.query<{ event_type: string }>(
      `SELECT event_type FROM audit_entry WHERE case_id = $1 AND event_type <> 'ATTACH_DOCUMENT' ORDER BY sequence`,
      [caseId],
    );
    expect(entries).toHaveLength(3);
    expect(['ACCEPT', 'RETURN_FOR_CORRECTION']).toContain(entries[2]?.event_type);
  });

  it('queues simultaneous events sent without If-Match, and uploads among them, one after another on an unbroken chain', async () => {
    clock.setTokyoDate('2025-05-01');
    const caseId = await openCase(SUPPORT.code, 'applicant', 'consultation');
    const [officer, applicant] = [await as('officer'), await as('applicant')];
    const applicantToken = await api.tokenOf('applicant');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        index % 4 === 3
          ? request(api.app.getHttpServer())
              .post(`/cases/${caseId}/attachments`)
              .set('Authorization', `Bearer ${applicantToken}`)
              .field('documentKind', SUPPORT.requiredDocuments.application[0] as string)
              .attach('file', pdf, { filename: `資料${index}.pdf`, contentType: 'application/pdf' })
          : (index % 2 ? officer : applicant).post(`/cases/${caseId}/events`, { type: 'ADD_NOTE', note: `メモ ${index}` }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([...Array(9).fill(200), ...Array(3).fill(201)]);
    const entries = await api.database.query<{ sequence: number; event_type: string }>(
      `SELECT sequence, event_type FROM audit_entry WHERE case_id = $1 ORDER BY sequence`,
      [caseId],
    );
    expect(entries.map((entry) => entry.sequence)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    expect(entries.filter((entry) => entry.event_type === 'ADD_NOTE')).toHaveLength(9);
    expect(entries.filter((entry) => entry.event_type === 'ATTACH_DOCUMENT')).toHaveLength(3);
    const verified = await (await as('admin')).get('/admin/audit/verify').expect(200);
    expect(verified.body.firstBroken).toBeNull();
  });

  it('answers the same request with the same Idempotency-Key three times with the first answer, changing nothing more', async () => {
    clock.setTokyoDate('2025-05-01');
    const caseId = await openCase();
    const applicant = await as('applicant');
    const body = { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) };
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      answers.push(await applicant.post(`/cases/${caseId}/events`, body, { 'Idempotency-Key': 'submit-once' }));
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers[1]?.body).toEqual(answers[0]?.body);
    expect(answers[2]?.body).toEqual(answers[0]?.body);
    expect(answers[2]?.headers['idempotent-replayed']).toBe('true');
    expect(await api.database.query(`SELECT count(*)::int AS n FROM audit_entry WHERE case_id = $1 AND event_type <> 'ATTACH_DOCUMENT'`, [caseId])).toEqual([
      { n: 2 },
    ]);

    const reused = await applicant.post(`/cases/${caseId}/events`, { type: 'WITHDRAW', reason: '別件' }, { 'Idempotency-Key': 'submit-once' });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('CASE_IDEMPOTENCY_KEY_REUSED');
  });

  describe('the case list', () => {
    const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);
    const everyPage = async (who: Who, query = '') => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const response: request.Response = await (await as(who)).get(`/cases?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        ids.push(...idsOf(response.body));
        cursor = response.body.nextCursor;
      } while (cursor);
      return ids;
    };

    it('shows each role what it may see, and a page at a time without gaps or repeats', async () => {
      const byOfficer = await everyPage('officer');
      const [all] = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM grant_case WHERE tenant_id = $1`, [tenant.id]);
      expect(byOfficer).toHaveLength(all?.n ?? -1);
      expect(new Set(byOfficer).size).toBe(byOfficer.length);
      expect(await everyPage('approver')).toEqual(byOfficer);
      expect(await everyPage('applicant')).toEqual(byOfficer); // every case so far is the applicant organization's
      expect(await everyPage('otherApplicant')).toEqual([]);
      const reviewed = await api.database.query<{ id: string }>(
        `SELECT id FROM grant_case WHERE snapshot->'context'->'reviewers' @> $1::jsonb ORDER BY created_at DESC, id DESC`,
        [JSON.stringify([{ reviewerId: tenant.users.reviewer.id }])],
      );
      expect(await everyPage('reviewer')).toEqual(reviewed.map((row) => row.id));
      expect((await (await as('officer', otherTenant)).get('/cases').expect(200)).body.items).toEqual([]);
      const admin = await (await as('admin')).get('/cases');
      expect(admin.status).toBe(403);
    });

    it('filters by state, program and fiscal year', async () => {
      const closed = await (await as('officer')).get('/cases?state=closed&limit=100').expect(200);
      expect(closed.body.items.length).toBeGreaterThan(0);
      expect(closed.body.items.every((item: { state: { code: string } }) => item.state.code === 'closed')).toBe(true);
      const consensus = await (await as('officer')).get(`/cases?program=${encodeURIComponent(CONSENSUS.code)}&limit=100`).expect(200);
      expect(consensus.body.items.every((item: { programCode: string }) => item.programCode === CONSENSUS.code)).toBe(true);
      expect((await (await as('officer')).get('/cases?fiscalYear=2024').expect(200)).body.items).toEqual([]);
    });

    it('lists the cases whose deadline has passed as overdue', async () => {
      clock.setTokyoDate('2027-01-01');
      const overdue = await (await as('officer')).get('/cases?overdue=true&limit=100').expect(200);
      const [pending] = await api.database.query<{ n: number }>(
        `SELECT count(DISTINCT case_id)::int AS n FROM deadline WHERE tenant_id = $1 AND status = 'pending'`,
        [tenant.id],
      );
      expect(overdue.body.items).toHaveLength(pending?.n ?? -1);
      expect(overdue.body.items.every((item: { overdue: boolean }) => item.overdue)).toBe(true);
    });

    it('lists the cases awaiting a decision whose 標準処理期間 is near its end, and those past it', async () => {
      const caseId = await openCase();
      await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, '2025-06-02');
      await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-06-03');
      const [awaiting] = await api.database.query<{ case_id: string; day_before: string; day_after: string; far_before: string }>(
        `SELECT case_id, (due_on - 1)::text AS day_before, (due_on + 1)::text AS day_after,
                (due_on - (SELECT max(days) FROM unnest(reminder_days_before) days) - 1)::text AS far_before
           FROM deadline WHERE case_id = $1 AND kind = 'decisionDue' AND status = 'pending'`,
        [caseId],
      );
      if (!awaiting) throw new Error('ACCEPT set no decisionDue');
      const listedIds = async (period: string) => idsOf((await (await as('officer')).get(`/cases?processingPeriod=${period}&limit=100`).expect(200)).body);
      clock.setTokyoDate(awaiting.far_before);
      expect(await listedIds('near')).not.toContain(awaiting.case_id);
      clock.setTokyoDate(awaiting.day_before);
      expect(await listedIds('near')).toContain(awaiting.case_id);
      expect(await listedIds('past')).not.toContain(awaiting.case_id);
      clock.setTokyoDate(awaiting.day_after);
      expect(await listedIds('near')).not.toContain(awaiting.case_id);
      expect(await listedIds('past')).toContain(awaiting.case_id);
      const refused = await (await as('officer')).get('/cases?processingPeriod=soon').expect(400);
      expect(problemMessages(refused.body).join(' | ')).toContain('processingPeriod must be near or past');
    });

    it.each([
      ['limit=0', 'limit must be a whole number from 1 to 100'],
      ['limit=abc', 'limit must be a whole number from 1 to 100'],
      ['state=paid', 'state must be one of'],
      ['overdue=yes', 'overdue must be true or false'],
      ['organization=1', 'organization must be an organization id (UUID)'],
      ['colour=red', 'property colour should not exist'],
    ])('refuses ?%s with 400 naming the parameter', async (query, message) => {
      const response = await (await as('officer')).get(`/cases?${query}`).expect(400);
      expect(problemMessages(response.body).join(' | ')).toContain(message);
    });

    it('refuses a cursor it did not give out', async () => {
      const response = await (await as('officer')).get('/cases?cursor=bm90LWEtY3Vyc29y').expect(400);
      expect(response.body.code).toBe('CASE_INVALID_CURSOR');
    });

    describe('searching the list and exporting it as CSV', () => {
      type Summary = { id: string; caseNumber: string | null; organization: { name: string; area: string } };
      const HEADER = '受付番号,制度,団体,地区,年度,状況,申請額,交付決定額,確定額,期限切れ,次の期限,更新日時';
      const listed = async (who: Who, query: string, of?: SeededTenant): Promise<Summary[]> =>
        (await (await as(who, of)).get(`/cases?limit=100&${query}`).expect(200)).body.items;
      /** The export's rows after the header, checking on the way that it is UTF-8 with a BOM and CRLF throughout. */
      const exported = async (who: Who, query = '', of?: SeededTenant): Promise<string[]> => {
        const response = await (await as(who, of)).download(`/cases/export.csv${query ? `?${query}` : ''}`).expect(200);
        const bytes = response.body as Buffer;
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const lines = bytes.toString('utf8').slice(1).split('\r\n');
        expect(lines[0]).toBe(HEADER);
        expect(lines.at(-1)).toBe('');
        return lines.slice(1, -1);
      };
      let unusualOrganizationId: string;

      beforeAll(async () => {
        // A name a CSV must quote, and a LIKE would read as a pattern.
        const [organization] = await api.database.query<{ id: string }>(
          `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, '"みらい",100%の会', 'communityCollaborationBody', '東山', 800) RETURNING id`,
          [tenant.id],
        );
        unusualOrganizationId = organization?.id as string;
      });

      const consultationFor = async (organizationId: string, of = tenant) => {
        const response = await (await as('officer', of)).post('/cases', { programCode: SUPPORT.code, organizationId, start: 'consultation' });
        expect(response.status).toBe(201);
        return response.body.id as string;
      };

      it("filters by the organization's area, and says each case's area and program name", async () => {
        clock.setTokyoDate('2025-06-01');
        const yasakaCase = await consultationFor(tenant.otherOrganizationId);
        const yasaka = await listed('officer', `area=${encodeURIComponent('弥栄')}`);
        expect(yasaka.map((item) => item.id)).toContain(yasakaCase);
        expect(yasaka.every((item) => item.organization.area === '弥栄')).toBe(true);
        const maikawa = await listed('officer', `area=${encodeURIComponent('舞川')}`);
        expect(maikawa.length).toBeGreaterThan(0);
        expect(maikawa.map((item) => item.id)).not.toContain(yasakaCase);
        expect(maikawa.every((item) => item.organization.area === '舞川')).toBe(true);
        expect(await listed('officer', `area=${encodeURIComponent('舞')}`)).toEqual([]); // exact, not a part
        expect(yasaka.find((item) => item.id === yasakaCase)).toMatchObject({ programName: SUPPORT.nameJa, organization: { name: '弥栄地区地域協働体', area: '弥栄' } });
      });

      it('finds a case by its number in any case, or by its start, and gives its nearest deadline as the case view does', async () => {
        clock.setTokyoDate('2025-05-01');
        const caseId = await openCase();
        await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, '2025-05-10');
        const accepted = await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
        const caseNumber = accepted.caseNumber as string;
        expect(caseNumber).toMatch(/^R7-協働支援-\d{4}$/);

        clock.setTokyoDate('2025-05-20');
        const byNumber = await listed('officer', `q=${encodeURIComponent(caseNumber.toLowerCase())}`);
        expect(byNumber.map((item) => item.id)).toEqual([caseId]);
        const view = (await (await as('officer')).get(`/cases/${caseId}`).expect(200)).body;
        const [first] = view.deadlines as Array<{ kind: string; dueOn: string; daysLeft: number }>;
        expect(first).toBeDefined();
        expect(byNumber[0]).toMatchObject({ nextDeadline: { kind: first?.kind, dueOn: first?.dueOn, daysLeft: first?.daysLeft } });

        const byStart = await listed('officer', `q=${encodeURIComponent(' R7-協働支援- ')}`);
        const [numbered] = await api.database.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM grant_case WHERE tenant_id = $1 AND case_number LIKE 'R7-協働支援-%'`,
          [tenant.id],
        );
        expect(byStart).toHaveLength(numbered?.n ?? -1);
        expect(byStart.map((item) => item.id)).toContain(caseId);
        // A number's middle is not its start.
        expect(await listed('officer', `q=${encodeURIComponent('協働支援-')}`)).toEqual([]);
      });

      it("finds cases by part of the organization's name; none open, no next deadline", async () => {
        clock.setTokyoDate('2025-06-01');
        const unusualCase = await consultationFor(unusualOrganizationId);
        const yasaka = await listed('officer', `q=${encodeURIComponent('弥栄')}`);
        expect(yasaka.length).toBeGreaterThan(0);
        expect(yasaka.every((item) => item.organization.name === '弥栄地区地域協働体')).toBe(true);
        const byPart = await listed('officer', `q=${encodeURIComponent('地区地域')}`);
        expect(new Set(byPart.map((item) => item.organization.name))).toEqual(new Set(['舞川地区地域協働体', '弥栄地区地域協働体']));
        expect(await listed('officer', `q=${encodeURIComponent('みらい')}`)).toEqual([expect.objectContaining({ id: unusualCase, nextDeadline: null })]);
      });

      it('takes % and _ in the search as themselves, not as patterns', async () => {
        const percent = await listed('officer', `q=${encodeURIComponent('%')}`);
        expect(percent.map((item) => item.organization.name)).toEqual(['"みらい",100%の会']);
        expect(await listed('officer', `q=${encodeURIComponent('100%の')}`)).toHaveLength(1);
        expect(await listed('officer', `q=${encodeURIComponent('_')}`)).toEqual([]);
        expect(await listed('officer', `q=${encodeURIComponent('%会')}`)).toEqual([]); // "%" is no wildcard before 会
      });

      it('exports the filtered cases as CSV for Excel: BOM, Japanese header, RFC 4180 quoting, CRLF, a dated file name', async () => {
        clock.setTokyoDate('2025-06-02');
        const response = await (await as('officer')).download(`/cases/export.csv?area=${encodeURIComponent('東山')}`).expect(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toBe('attachment; filename="cases-20250602.csv"');
        expect(response.headers['cache-control']).toBe('private, no-store');
        expect((response.body as Buffer).toString('utf8')).toBe(
          `\uFEFF${HEADER}\r\n,${SUPPORT.nameJa},"""みらい"",100%の会",東山,令和7年度,相談中,,,,いいえ,,2025-06-01 12:00\r\n`,
        );
      });

      it('exports every case the list has under the same filters, not a page of them', async () => {
        const everyCase = await everyPage('officer');
        expect(everyCase.length).toBeGreaterThan(20); // more than a page of the list holds by default
        expect(await exported('officer')).toHaveLength(everyCase.length);
        const closed = await exported('officer', 'state=closed');
        expect(closed).toHaveLength((await everyPage('officer', '&state=closed')).length);
        expect(closed.every((row) => row.split(',')[5] === '完了')).toBe(true);
      });

      it("exports to an applicant their organizations' cases only, and never another municipality's", async () => {
        const applicantRows = await exported('applicant');
        expect(applicantRows).toHaveLength((await everyPage('applicant')).length);
        expect(applicantRows.every((row) => row.split(',')[2] === '舞川地区地域協働体')).toBe(true);
        expect((await exported('otherApplicant')).every((row) => row.split(',')[2] === '弥栄地区地域協働体')).toBe(true);

        const [elsewhere] = await api.database.query<{ id: string }>(
          `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, '盛岡だけの会', 'communityCollaborationBody', '舞川', 500) RETURNING id`,
          [otherTenant.id],
        );
        await consultationFor(elsewhere?.id as string, otherTenant);
        expect(await exported('officer', `q=${encodeURIComponent('盛岡だけ')}`)).toEqual([]);
        const [all] = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM grant_case WHERE tenant_id = $1`, [tenant.id]);
        expect(await exported('officer')).toHaveLength(all?.n ?? -1);
        const theirs = await exported('officer', '', otherTenant);
        expect(theirs).toHaveLength(1);
        expect(theirs[0]?.split(',')[2]).toBe('盛岡だけの会');
        expect((await (await as('admin')).get('/cases/export.csv')).status).toBe(403);
      });

      it.each([
        ['/cases', `area=${'x'.repeat(51)}`, 'area', '地域（area）は50文字以内で入力してください。'],
        ['/cases', 'q=%20%20', 'q', '検索語（q）を入力してください。'],
        ['/cases/export.csv', 'overdue=yes', 'overdue', '期限切れだけ（overdue）は true か false で指定してください。'],
        ['/cases/export.csv', 'limit=5', 'limit', '「limit」という項目は受け付けていません。項目名を確かめてください。'],
      ])('refuses %s?%s with 400 naming the parameter in Japanese', async (path, query, field, message) => {
        const token = await api.tokenOf('officer');
        const response = await request(api.app.getHttpServer()).get(`${path}?${query}`).set('Authorization', `Bearer ${token}`).expect(400);
        expect(response.body).toMatchObject({ code: 'REQUEST_INVALID', problems: [{ field, message }] });
      });

      it('refuses to export more cases than one file holds, whole, naming the limit; a narrower filter is exported', async () => {
        const hanamaki = await seedTenant(api.database, 'hanamaki');
        const yasakaCase = await consultationFor(hanamaki.otherOrganizationId, hanamaki);
        await api.database.query(
          `INSERT INTO grant_case (tenant_id, program_version_id, organization_id, fiscal_year, state, snapshot, machine_version, created_at, updated_at)
           SELECT tenant_id, program_version_id, $2, fiscal_year, state, snapshot, machine_version, created_at - make_interval(secs => n), updated_at
             FROM grant_case, generate_series(1, 10000) AS n WHERE id = $1`,
          [yasakaCase, hanamaki.organizationId],
        );
        const token = await api.tokenOf('officer', hanamaki);
        const refused = await request(api.app.getHttpServer()).get('/cases/export.csv').set('Authorization', `Bearer ${token}`).expect(400);
        expect(refused.headers['content-type']).toMatch(/^application\/json/);
        expect(refused.body).toMatchObject({
          code: 'CASE_EXPORT_TOO_LARGE',
          maxRows: 10_000,
          message: '条件に合う案件が10,000件を超えるため、CSVに出力できません。年度・制度・地区などで絞り込んでから、もう一度出力してください。',
        });
        expect(await exported('officer', `area=${encodeURIComponent('舞川')}`, hanamaki)).toHaveLength(10_000);
        expect(await exported('officer', `area=${encodeURIComponent('弥栄')}`, hanamaki)).toHaveLength(1);
      });
    });
  });

  describe('audit trail verification (admin)', () => {
    it('reports intact chains to an admin, refuses other roles, and names an entry corrupted by the database owner', async () => {
      expect((await (await as('officer')).get('/admin/audit/verify')).status).toBe(403);
      const intact = await (await as('admin')).get('/admin/audit/verify').expect(200);
      expect(intact.body.firstBroken).toBeNull();
      expect(intact.body.entriesChecked).toBeGreaterThan(50);

      const [victim] = await api.database.query<{ id: string; case_id: string; sequence: number }>(
        `SELECT e.id, e.case_id, e.sequence FROM audit_entry e WHERE e.tenant_id = $1 AND e.event_type = 'DECIDE_GRANT' ORDER BY e.id LIMIT 1`,
        [tenant.id],
      );
      await api.database.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete`);
      await api.database.query(`UPDATE audit_entry SET payload = jsonb_set(payload, '{amount}', '999999') WHERE id = $1`, [victim?.id]);
      await api.database.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete`);

      const broken = await (await as('admin')).get('/admin/audit/verify').expect(200);
      expect(broken.body.firstBroken).toMatchObject({ entryId: victim?.id, caseId: victim?.case_id, sequence: victim?.sequence, reason: 'hash does not match its content' });
      // The other municipality's trail is its own, and intact.
      expect((await (await as('admin', otherTenant)).get('/admin/audit/verify').expect(200)).body.firstBroken).toBeNull();
    });
  });

  it("refuses to assign a reviewer the administrator recorded as a member of the applicant (利益相反)", async () => {
    const membership = await (await as('admin')).post(`/admin/organizations/${tenant.organizationId}/members/${tenant.users.secondReviewer.id}`, {});
    expect(membership.status).toBe(200);
    clock.setTokyoDate('2025-05-01');
    const caseId = await openCase();
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) }, '2025-05-10');
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    const response = await (await as('officer')).post(`/cases/${caseId}/events`, { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.secondReviewer.id });
    expect(response.status).toBe(422);
    expect(problemMessages(response.body)).toEqual([
      `reviewer ${tenant.users.secondReviewer.id} is a member of the applicant organization (conflict of interest, 利益相反)`,
    ]);
  });

  describe("the municipality's own closed days", () => {
    it('moves a deadline computed after an admin closes the day it would fall on', async () => {
      const { caseId } = await throughDecision(SUPPORT, 160_000, 100_000, 100_000);
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01');
      const admin = await as('admin');
      // Without it the report is due 2026-01-05 (see the first lifecycle above).
      const added = await admin.post('/admin/closed-days', { date: '2026-01-05', reason: '仕事始めの庁舎点検' });
      expect(added.status).toBe(201);
      expect((await admin.get('/admin/closed-days').expect(200)).body).toEqual([{ date: '2026-01-05', reason: '仕事始めの庁舎点検' }]);

      const completed = await send(caseId, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01');
      expect(completed.deadlines).toEqual([{ kind: 'reportDue', subject: null, dueOn: '2026-01-06', dueOnJa: '令和8年1月6日', daysLeft: 36 }]);

      expect(problemMessages((await admin.post('/admin/closed-days', { date: '2026-02-30', reason: 'x' })).body)).toEqual(['date must be a date as YYYY-MM-DD']);
      expect((await (await as('officer')).post('/admin/closed-days', { date: '2026-01-07', reason: 'x' })).status).toBe(403);
      const removed = await admin.delete('/admin/closed-days/2026-01-05');
      expect(removed.status).toBe(204);
      const again = await admin.delete('/admin/closed-days/2026-01-05');
      expect(again.status).toBe(404);
      // Another municipality's calendar is its own.
      expect((await (await as('admin', otherTenant)).get('/admin/closed-days').expect(200)).body).toEqual([]);
    });
  });
});
