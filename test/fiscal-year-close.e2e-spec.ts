import { attachPapers } from '#libs/testing/case-papers';
import { problemMessages } from '#libs/testing/problem-messages';
import type { INestApplication } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import request from 'supertest';
import { FiscalYearCloseReporter } from '#libs/fiscal-year-close';
import { type DocumentKind, seedProgram } from '#libs/programs';
import { type FiscalYearCloseReportJobResult, JobName, JobQueue } from '#libs/queue';
import { fiscalYearCloseReportKey } from '#libs/reminders';
import {
  type ApiTestApp,
  expectEventually,
  type SeededTenant,
  SettableClock,
  startApiTestApp,
  uniqueQueuePrefix,
} from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { SmtpSink, startWorkerTestApp, type WorkerTestApp } from './reminders-support.js';

type Who = keyof SeededTenant['users'] | 'liaisonYasaka' | 'liaisonDaito';

const SUPPORT = seedProgram('協働支援');
const CONSENSUS = seedProgram('合意形成');
const SUBJECT = '令和7年度 未精算案件のお知らせ（出納整理期間は令和8年5月31日まで）';

describe('the fiscal-year close report (未精算案件, worker and API in process, real PostgreSQL, Redis and SMTP)', () => {
  const prefix = uniqueQueuePrefix();
  const apiClock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  const workerClock = new SettableClock(new Date('2026-04-01T12:00:00+09:00'));
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  let liaison: { yasaka: { id: string; email: string }; daito: { id: string; email: string } };
  let sink: SmtpSink;
  let workers: WorkerTestApp;
  let worker: INestApplication;
  let queue: Queue;
  let queueEvents: QueueEvents;
  /** The cases of FY2025 in ichinoseki, by what became of them. */
  const cases = { granted: '', inReview: '', consultation: '', withdrawn: '', closed: '', nextYear: '', otherTenant: '' };

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock: apiClock });
    [tenant, otherTenant] = api.tenants;
    // 地域担当職員: one for 弥栄 (where a case is unsettled), one for 大東 (where none is).
    const liaisonOfficer = async (key: string, area: string) => {
      const [row] = await api.database.query<{ id: string; email: string }>(
        `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role, liaison_areas)
         SELECT tenant_id, $2, $3, password_hash, 'officer', ARRAY[$4] FROM app_user WHERE id = $1 RETURNING id, email`,
        [tenant.users.officer.id, `${key}@ichinoseki.example`, key, area],
      );
      return row as { id: string; email: string };
    };
    liaison = { yasaka: await liaisonOfficer('liaison-yasaka', '弥栄'), daito: await liaisonOfficer('liaison-daito', '大東') };
    sink = await SmtpSink.start();
    await openTheCases();

    workers = await startWorkerTestApp(api.database.url, { prefix, smtpUrl: sink.url, clock: workerClock });
    ({ app: worker, queue, queueEvents } = workers);
  });

  afterAll(async () => {
    await workers?.close();
    await sink?.close();
    await api?.close();
  });

  const as = (who: Who, of?: SeededTenant) =>
    api.as(who === 'liaisonYasaka' ? liaison.yasaka : who === 'liaisonDaito' ? liaison.daito : who, of);

  async function open(program: typeof SUPPORT, who: 'applicant' | 'otherApplicant', start: 'application' | 'consultation', on: string, of = tenant) {
    apiClock.setTokyoDate(on);
    const organizationId = who === 'applicant' ? of.organizationId : of.otherOrganizationId;
    const response = await (await as(who, of)).post('/cases', { programCode: program.code, organizationId, start });
    if (response.status !== 201) throw new Error(`opening: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  }

  /** Sends an event; `papers` in the body are attached by the sender first, as an applicant attaches them before filing. */
  async function send(caseId: string, who: Who, { papers, ...body }: { type: string; papers?: readonly DocumentKind[]; [field: string]: unknown }, on?: string): Promise<{ state: { code: string }; caseNumber: string | null }> {
    if (on) apiClock.setTokyoDate(on);
    if (papers) await attachPapers(await as(who), caseId, papers);
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  const filing = (program: typeof SUPPORT, planned: number, requested: number) => ({
    type: 'SUBMIT',
    requestedAmount: requested,
    plannedExpenses: [{ category: program.eligibleExpenseCategories[0], amount: planned }],
    papers: program.requiredDocuments.application,
  });

  async function throughDecision(caseId: string, program: typeof SUPPORT, applicant: 'applicant' | 'otherApplicant', planned: number, decided: number, noticeNumber: string) {
    await send(caseId, applicant, filing(program, planned, decided), '2025-05-10');
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: decided, conditions: [], noticeNumber }, '2025-05-30');
    await send(caseId, applicant, { type: 'START_PROJECT' }, '2025-06-01');
  }

  /** FY2025 in ichinoseki: three cases unsettled, one withdrawn and one closed; one of FY2026; one of FY2025 in morioka. */
  async function openTheCases(): Promise<void> {
    // 舞川: granted 60,000, 20,000 of it paid in advance (前金払), the project still running.
    cases.granted = await open(SUPPORT, 'applicant', 'application', '2025-05-01');
    await throughDecision(cases.granted, SUPPORT, 'applicant', 90_000, 60_000, '一協第1号');
    await send(cases.granted, 'applicant', { type: 'REQUEST_ADVANCE', amount: 20_000 });
    expect((await send(cases.granted, 'finance', { type: 'RECORD_PAYMENT', amount: 20_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10')).state.code).toBe('grant.inProgress');

    // 弥栄: accepted, waiting for review.
    cases.inReview = await open(SUPPORT, 'otherApplicant', 'application', '2025-05-01');
    await send(cases.inReview, 'otherApplicant', filing(SUPPORT, 75_000, 50_000), '2025-05-10');
    expect((await send(cases.inReview, 'officer', { type: 'ACCEPT' }, '2025-05-13')).state.code).toBe('review.inReview');

    // 舞川: a consultation (相談) still open, no number yet.
    cases.consultation = await open(CONSENSUS, 'applicant', 'consultation', '2025-06-02');

    // 弥栄: filed, then withdrawn (取下げ): settled.
    cases.withdrawn = await open(SUPPORT, 'otherApplicant', 'application', '2025-06-01');
    await send(cases.withdrawn, 'otherApplicant', filing(SUPPORT, 30_000, 20_000), '2025-06-03');
    expect((await send(cases.withdrawn, 'otherApplicant', { type: 'WITHDRAW', reason: '事業を見送るため' }, '2025-06-05')).state.code).toBe('withdrawn');

    // 弥栄: granted, reported, confirmed and paid in full: closed (完了), settled.
    cases.closed = await open(CONSENSUS, 'otherApplicant', 'application', '2025-05-01');
    await throughDecision(cases.closed, CONSENSUS, 'otherApplicant', 30_000, 30_000, '一協第2号');
    await send(cases.closed, 'otherApplicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01');
    await send(
      cases.closed,
      'otherApplicant',
      { type: 'SUBMIT_REPORT', actualExpenses: [{ category: CONSENSUS.eligibleExpenseCategories[0], amount: 30_000 }], papers: CONSENSUS.requiredDocuments.report, outcomes: '' },
      '2025-12-10',
    );
    await send(cases.closed, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第3号' }, '2025-12-20');
    expect((await send(cases.closed, 'finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2026-01-09', kind: 'finalPayment' }, '2026-01-09')).state.code).toBe('closed');

    // FY2026 (opened 2026-04-10): not the year closing on 2026-05-31.
    cases.nextYear = await open(SUPPORT, 'applicant', 'application', '2026-04-10');
    // morioka's own FY2025 draft: never in ichinoseki's report.
    cases.otherTenant = await open(SUPPORT, 'applicant', 'application', '2025-05-02', otherTenant);
    apiClock.setTokyoDate('2026-05-01');
  }

  const numberOf = async (caseId: string): Promise<string> => {
    const [row] = await api.database.query<{ case_number: string }>(`SELECT case_number FROM grant_case WHERE id = $1`, [caseId]);
    return row?.case_number as string;
  };

  describe('GET /reports/fiscal-year-close', () => {
    it('gives finance the unsettled cases of FY2025, counted by program and state, with what was decided and paid', async () => {
      const response = await (await as('finance')).get('/reports/fiscal-year-close?fiscalYear=2025');
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.body).toEqual({
        fiscalYear: 2025,
        fiscalYearLabel: '令和7年度',
        accountsCloseOn: '2026-05-31',
        accountsCloseOnEra: '令和8年5月31日',
        asOf: '2026-05-01',
        daysUntilClose: 30,
        unsettledCount: 3,
        byProgram: [
          {
            programCode: SUPPORT.code,
            programName: SUPPORT.nameJa,
            count: 2,
            byState: [
              { state: 'review.inReview', stateJa: '審査中', count: 1 },
              { state: 'grant.inProgress', stateJa: '事業実施中', count: 1 },
            ],
          },
          { programCode: CONSENSUS.code, programName: CONSENSUS.nameJa, count: 1, byState: [{ state: 'consultation.open', stateJa: '相談中', count: 1 }] },
        ],
        cases: [
          {
            caseId: cases.granted,
            caseNumber: 'R7-協働支援-0001',
            organizationName: '舞川地区地域協働体',
            programCode: SUPPORT.code,
            programName: SUPPORT.nameJa,
            state: 'grant.inProgress',
            stateJa: '事業実施中',
            decidedAmount: 60_000,
            confirmedAmount: null,
            paidAmount: 20_000,
            refundedAmount: 0,
          },
          expect.objectContaining({ caseId: cases.inReview, caseNumber: 'R7-協働支援-0002', organizationName: '弥栄地区地域協働体', decidedAmount: null, paidAmount: 0 }),
          expect.objectContaining({ caseId: cases.consultation, caseNumber: null, state: 'consultation.open' }),
        ],
      });
    });

    it('gives officers and approvers the same report, and a liaison officer only the cases of their areas', async () => {
      const finance = await (await as('finance')).get('/reports/fiscal-year-close?fiscalYear=2025').expect(200);
      for (const who of ['officer', 'approver'] as const) {
        expect((await (await as(who)).get('/reports/fiscal-year-close?fiscalYear=2025').expect(200)).body).toEqual(finance.body);
      }
      const yasaka = await (await as('liaisonYasaka')).get('/reports/fiscal-year-close?fiscalYear=2025').expect(200);
      expect(yasaka.body.cases.map((entry: { caseId: string }) => entry.caseId)).toEqual([cases.inReview]);
      expect(yasaka.body.unsettledCount).toBe(1);
      const daito = await (await as('liaisonDaito')).get('/reports/fiscal-year-close?fiscalYear=2025').expect(200);
      expect([daito.body.unsettledCount, daito.body.cases, daito.body.byProgram]).toEqual([0, [], []]);
    });

    it("keeps each municipality to its own cases, and each fiscal year to its own", async () => {
      const morioka = await (await as('finance', otherTenant)).get('/reports/fiscal-year-close?fiscalYear=2025').expect(200);
      expect(morioka.body.cases.map((entry: { caseId: string }) => entry.caseId)).toEqual([cases.otherTenant]);
      const nextYear = await (await as('finance')).get('/reports/fiscal-year-close?fiscalYear=2026').expect(200);
      expect(nextYear.body).toMatchObject({ fiscalYearLabel: '令和8年度', accountsCloseOn: '2027-05-31', unsettledCount: 1 });
      expect(nextYear.body.cases.map((entry: { caseId: string }) => entry.caseId)).toEqual([cases.nextYear]);
    });

    it.each(['applicant', 'otherApplicant', 'reviewer', 'admin'] as const)('refuses %s with 403 naming the roles that read it', async (who) => {
      const response = await (await as(who)).get('/reports/fiscal-year-close?fiscalYear=2025');
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        statusCode: 403,
        code: 'REPORT_FORBIDDEN',
        message: `the fiscal-year close report is read by officer, approver, finance, not ${who === 'otherApplicant' ? 'applicant' : who}`,
        allowedRoles: ['officer', 'approver', 'finance'],
        requestId: expect.any(String),
      });
      expect(JSON.stringify(response.body)).not.toContain('R7-協働支援');
    });

    it('refuses a request without a token', async () => {
      expect((await request(api.app.getHttpServer()).get('/reports/fiscal-year-close?fiscalYear=2025')).status).toBe(401);
    });

    it.each([
      ['', 'fiscalYear must be a fiscal year (年度) as a whole number from 2000 to 2100, e.g. 2025 for 令和7年度'],
      ['?fiscalYear=R7', 'fiscalYear must be a fiscal year (年度) as a whole number from 2000 to 2100, e.g. 2025 for 令和7年度'],
      ['?fiscalYear=2025.5', 'fiscalYear must be a fiscal year (年度) as a whole number from 2000 to 2100, e.g. 2025 for 令和7年度'],
      ['?fiscalYear=1999', 'fiscalYear must be a fiscal year (年度) as a whole number from 2000 to 2100, e.g. 2025 for 令和7年度'],
      ['?fiscalYear=2025&format=xlsx', 'format must be one of json, csv'],
      ['?fiscalYear=2025&tenant=morioka', 'property tenant should not exist'],
    ])('refuses the query "%s" with 400 naming the field', async (query, message) => {
      const response = await (await as('finance')).get(`/reports/fiscal-year-close${query}`);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toEqual([message]);
    });

    it('answers CSV for Excel (UTF-8 with BOM, CRLF) to Accept: text/csv, and the same to format=csv', async () => {
      const byAccept = await (await as('finance')).get('/reports/fiscal-year-close?fiscalYear=2025').set('Accept', 'text/csv').buffer(true).parse(rawBody);
      const byFormat = await (await as('finance')).get('/reports/fiscal-year-close?fiscalYear=2025&format=csv').buffer(true).parse(rawBody);
      for (const response of [byAccept, byFormat]) {
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename*=UTF-8''${encodeURIComponent('令和7年度_未精算案件_2026-05-01.csv')}`,
        );
      }
      const bytes = byAccept.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
        '年度,案件番号,団体名,補助事業,状態,交付決定額,確定額,支払済額,返還済額',
        `令和7年度,R7-協働支援-0001,舞川地区地域協働体,${SUPPORT.nameJa},事業実施中,60000,,20000,0`,
        `令和7年度,R7-協働支援-0002,弥栄地区地域協働体,${SUPPORT.nameJa},審査中,,,0,0`,
        `令和7年度,,舞川地区地域協働体,${CONSENSUS.nameJa},相談中,,,0,0`,
        '',
      ]);
      expect((byFormat.body as Buffer).equals(bytes)).toBe(true);
      const json = await (await as('finance')).get('/reports/fiscal-year-close?fiscalYear=2025&format=json').set('Accept', 'text/csv');
      expect(json.headers['content-type']).toMatch(/^application\/json/);
    });
  });

  it('keeps in the notification table a report about no one case, and a reminder about one', async () => {
    const insert = (kind: string, caseId: string | null) =>
      api.database.query(`INSERT INTO notification (tenant_id, user_id, case_id, reminder_key, kind, subject, body) VALUES ($1, $2, $3, 'k', $4, 's', 'b')`, [
        tenant.id,
        tenant.users.finance.id,
        caseId,
        kind,
      ]);
    await expect(insert('fiscalYearClose', cases.granted)).rejects.toThrow('notification_about_check');
    await expect(insert('reminder', null)).rejects.toThrow('notification_about_check');
    const [kinds] = await api.database.query<{ definition: string }>(`SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'notification_kind_check'`);
    expect(kinds?.definition).toBe("CHECK ((kind = ANY (ARRAY['reminder'::text, 'escalation'::text, 'fiscalYearClose'::text, 'caseNews'::text])))");
  });

  describe('the daily job', () => {
    const keyOn = (day: string, of: SeededTenant = tenant) => fiscalYearCloseReportKey(of.id, 2025, day);

    async function runJob(tokyoDate: string): Promise<FiscalYearCloseReportJobResult> {
      workerClock.setTokyoDate(tokyoDate);
      const job = await worker.get(JobQueue).enqueue(JobName.FiscalYearCloseReport, {});
      return (await job.waitUntilFinished(queueEvents, 30_000)) as FiscalYearCloseReportJobResult;
    }

    const reportDeliveries = (key: string) =>
      api.database.query<{ recipient_user_id: string; channel: string; status: string }>(
        `SELECT recipient_user_id, channel, status FROM delivery WHERE reminder_key = $1 ORDER BY recipient_user_id, channel`,
        [key],
      );
    const reportMails = (key: string) => sink.accepted.filter((mail) => mail.reminderKey === key);
    // The cases this file opens are news to their people too (issue 15): those messages are not the report's.
    const notNews = <T extends { kind: string }>(items: T[]) => items.filter((item) => item.kind !== 'caseNews');
    const reportAndReminderMails = () => sink.accepted.filter((mail) => !mail.reminderKey.startsWith('news:'));

    it('is scheduled every day at REMINDER_HOUR (09:00) in Tokyo', async () => {
      await expectEventually(async () => {
        expect(await queue.getJobScheduler(JobName.FiscalYearCloseReport)).toMatchObject({ pattern: '0 9 * * *', tz: 'Asia/Tokyo' });
      });
    });

    it.each([
      ['2026-05-28', 'a working day that is no report day'],
      ['2026-05-31', 'the close day itself, a Sunday: its report goes out on Friday 05-29'],
      ['2026-07-01', 'after the close'],
    ])('sends nothing on %s (%s)', async (day) => {
      expect(await runJob(day)).toEqual({ today: day, reports: [] });
      expect(await api.database.query(`SELECT 1 FROM delivery WHERE reminder_key LIKE 'fiscal-year-close-%'`)).toEqual([]);
      expect(await api.database.query(`SELECT 1 FROM notification WHERE kind = 'fiscalYearClose'`)).toEqual([]);
    });

    it('on a report day (Friday 2026-05-29) tells each finance user and officer of each municipality, in-app and by e-mail, of the cases they may see', async () => {
      const result = await runJob('2026-05-29');
      expect(result.today).toBe('2026-05-29');
      expect(result.reports).toEqual(
        expect.arrayContaining([
          { tenantId: tenant.id, fiscalYear: 2025, unsettled: 3, recipients: 3, inApp: 3, emails: 3 },
          { tenantId: otherTenant.id, fiscalYear: 2025, unsettled: 1, recipients: 2, inApp: 2, emails: 2 },
        ]),
      );
      expect(result.reports).toHaveLength(2);

      const key = keyOn('2026-05-29');
      const reached = [tenant.users.finance.id, tenant.users.officer.id, liaison.yasaka.id].sort();
      expect(await reportDeliveries(key)).toEqual(
        reached.flatMap((userId) => [
          { recipient_user_id: userId, channel: 'email', status: 'sent' },
          { recipient_user_id: userId, channel: 'in_app', status: 'sent' },
        ]),
      );
      const mails = reportMails(key);
      expect(mails.map((mail) => mail.to[0]).sort()).toEqual([tenant.users.finance.email, liaison.yasaka.email, tenant.users.officer.email].sort());
      expect(mails.every((mail) => mail.subject === SUBJECT)).toBe(true);

      const toFinance = mails.find((mail) => mail.to.includes(tenant.users.finance.email));
      expect(toFinance?.messageId).toBe(`<${key}.${tenant.users.finance.id}@test.example>`);
      expect(toFinance?.text).toContain('finance 様\n\n令和7年度の補助金案件のうち、精算が済んでいない案件が3件あります（令和8年5月29日現在）。');
      expect(toFinance?.text).toContain('出納整理期間は令和8年5月31日（2026-05-31）までです。出納閉鎖まであと2日です。');
      expect(toFinance?.text).toContain(`・${SUPPORT.nameJa}：2件（審査中 1件、事業実施中 1件）`);
      expect(toFinance?.text).toContain(`・R7-協働支援-0001　舞川地区地域協働体　${SUPPORT.nameJa}　事業実施中　交付決定額 60,000円　支払済額 20,000円`);
      expect(toFinance?.text).toContain(`・R7-協働支援-0002　弥栄地区地域協働体　${SUPPORT.nameJa}　審査中　交付決定額 未決定　支払済額 0円`);
      expect(toFinance?.text).toContain(`・未採番　舞川地区地域協働体　${CONSENSUS.nameJa}　相談中`);
      // The withdrawn and the closed case are settled; the FY2026 case is not of this year.
      expect(toFinance?.text).not.toContain(await numberOf(cases.closed));
      expect(toFinance?.text.match(/^・(R7-|未採番)/gm)).toHaveLength(3);

      const toLiaison = mails.find((mail) => mail.to.includes(liaison.yasaka.email));
      expect(toLiaison?.text).toContain('精算が済んでいない案件が1件あります');
      expect(toLiaison?.text).toContain('R7-協働支援-0002');
      expect(toLiaison?.text).not.toContain('R7-協働支援-0001');

      // morioka's finance and officer hear of morioka's one case, never of ichinoseki's.
      const moriokaMails = reportMails(keyOn('2026-05-29', otherTenant));
      expect(moriokaMails.map((mail) => mail.to[0]).sort()).toEqual([otherTenant.users.finance.email, otherTenant.users.officer.email].sort());
      for (const mail of moriokaMails) {
        expect(mail.text).toContain('精算が済んでいない案件が1件あります');
        expect(mail.text).not.toContain('R7-協働支援-000');
      }

      // Nobody else: not applicants, reviewers, approvers, administrators, nor the liaison officer of 大東.
      const [{ others } = { others: -1 }] = await api.database.query<{ others: number }>(
        `SELECT count(*)::int AS others FROM delivery WHERE reminder_key LIKE 'fiscal-year-close-%' AND NOT (recipient_user_id = ANY($1::uuid[]))`,
        [[...reached, otherTenant.users.finance.id, otherTenant.users.officer.id]],
      );
      expect(others).toBe(0);

      const inbox = { body: { items: notNews((await (await as('finance')).get('/me/notifications').expect(200)).body.items) } };
      expect(inbox.body.items).toEqual([
        { id: expect.any(String), kind: 'fiscalYearClose', caseId: null, deadlineId: null, subject: SUBJECT, body: toFinance?.text, createdAt: expect.any(String), readAt: null },
      ]);
      // Approvers decide and are told of what awaits their decision (a 標準処理期間 passed, say), but not of the report.
      expect((await (await as('approver')).get('/me/notifications').expect(200)).body.items.filter((item: { kind: string }) => item.kind === 'fiscalYearClose')).toEqual([]);
    });

    it('sends nothing more when run again the same day', async () => {
      const before = reportAndReminderMails().length;
      const result = await runJob('2026-05-29');
      expect(result.reports.map(({ inApp, emails }) => ({ inApp, emails }))).toEqual([
        { inApp: 0, emails: 0 },
        { inApp: 0, emails: 0 },
      ]);
      expect(reportAndReminderMails().length).toBe(before);
      expect(await reportDeliveries(keyOn('2026-05-29'))).toHaveLength(6);
      expect(notNews((await (await as('finance')).get('/me/notifications').expect(200)).body.items)).toHaveLength(1);
    });

    it('on a retry after an e-mail was refused, sends that one and nothing twice', async () => {
      const key = keyOn('2026-05-22');
      workerClock.setTokyoDate('2026-05-22');
      const reporter = worker.get(FiscalYearCloseReporter, { strict: false });
      sink.beforeAccept = (mail) => {
        if (mail.to.includes(tenant.users.finance.email)) throw new Error('mailbox busy');
      };
      try {
        await expect(reporter.report()).rejects.toThrow('fiscal-year close report of 2026-05-22: 1 e-mail(s) not accepted');
      } finally {
        sink.beforeAccept = () => undefined;
      }
      expect(await reportDeliveries(key)).toContainEqual({ recipient_user_id: tenant.users.finance.id, channel: 'email', status: 'failed' });
      expect(reportMails(key)).toHaveLength(2);

      const retried = await reporter.report();
      expect(retried.reports.find((sent) => sent.tenantId === tenant.id)).toMatchObject({ inApp: 0, emails: 1 });
      expect(reportMails(key).map((mail) => mail.to[0]).sort()).toEqual([tenant.users.finance.email, liaison.yasaka.email, tenant.users.officer.email].sort());
      expect((await reportDeliveries(key)).every((delivery) => delivery.status === 'sent')).toBe(true);
    });

    it("leaves out a case settled since, on a report day moved off the municipality's own closed day (臨時休業)", async () => {
      await send(cases.inReview, 'otherApplicant', { type: 'WITHDRAW', reason: '辞退' }, '2026-05-25');
      // ichinoseki's office closes on Friday 05-29: its close-day report moves back to Thursday 05-28; morioka's stays on 05-29.
      await api.database.query(`INSERT INTO tenant_closed_day (tenant_id, closed_on, reason) VALUES ($1, '2026-05-29', '庁舎移転')`, [tenant.id]);
      const result = await runJob('2026-05-28');
      expect(result.reports).toEqual([{ tenantId: tenant.id, fiscalYear: 2025, unsettled: 2, recipients: 2, inApp: 2, emails: 2 }]);
      const mails = reportMails(keyOn('2026-05-28'));
      expect(mails.map((mail) => mail.to[0]).sort()).toEqual([tenant.users.finance.email, tenant.users.officer.email].sort());
      expect(mails[0]?.text).toContain('精算が済んでいない案件が2件あります');
      expect(mails[0]?.text).not.toContain('R7-協働支援-0002');
    });
  });
});

/** Collects the answer as the bytes sent, so the BOM can be checked. */
function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
