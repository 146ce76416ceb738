import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, expectEventually, type SeededTenant, SettableClock, startApiTestApp, uniqueQueuePrefix } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { RunningClock, SmtpSink, startWorkerTestApp, type WorkerTestApp } from './reminders-support.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');

/**
 * Issue 15: the people an event concerns hear of it, in the app and by e-mail, once. The API
 * and the worker run in process on real PostgreSQL and Redis; e-mails reach a real SMTP server.
 */
describe('news of a case (worker and API in process, real PostgreSQL, Redis and SMTP)', () => {
  const apiClock = new SettableClock(new Date('2025-05-12T10:00:00+09:00'));
  const workerClock = new RunningClock(new Date('2025-05-12T10:00:00+09:00'));
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let sink: SmtpSink;
  let workers: WorkerTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock: apiClock });
    [tenant] = api.tenants;
    sink = await SmtpSink.start();
    workers = await startWorkerTestApp(api.database.url, { prefix: uniqueQueuePrefix(), smtpUrl: sink.url, clock: workerClock });
  });

  afterAll(async () => {
    await workers?.close();
    await sink?.close();
    await api?.close();
  });

  async function send(caseId: string, who: Who, body: object): Promise<void> {
    const response = await (await api.as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  async function notificationsOf(who: Who): Promise<Array<{ kind: string; caseId: string; subject: string; body: string }>> {
    const response = await (await api.as(who)).get('/me/notifications').expect(200);
    return response.body.items;
  }

  const mailsTo = (who: Who, caseId: string) => sink.accepted.filter((mail) => mail.to.includes(tenant.users[who].email) && mail.text.includes(caseId));

  async function filedCase(): Promise<string> {
    const opened = await (await api.as('applicant')).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201);
    const caseId = opened.body.id as string;
    await attachPapers(await api.as('applicant'), caseId, papersFor(SUPPORT, 'application'));
    await send(caseId, 'applicant', { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 90_000 }] });
    return caseId;
  }

  it('tells the officer of a filing, and the applicant of a 差戻し with its reason, due date and link, in the app and by e-mail, once', async () => {
    const caseId = await filedCase();
    await expectEventually(async () => expect(mailsTo('officer', caseId)).toHaveLength(1));
    const [filed] = mailsTo('officer', caseId);
    expect(filed?.subject).toBe(`【舞川地区地域協働体】交付申請が提出されました`);
    expect((await notificationsOf('officer')).filter((item) => item.caseId === caseId).map((item) => [item.kind, item.subject])).toEqual([
      ['caseNews', `【舞川地区地域協働体】交付申請が提出されました`],
    ]);

    await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が申請額と合いません', dueOn: '2025-05-26' });
    await expectEventually(async () => expect(mailsTo('applicant', caseId)).toHaveLength(1));
    const [returned] = mailsTo('applicant', caseId);
    expect(returned?.subject).toBe(`【舞川地区地域協働体】申請が差し戻されました（補正のお願い）`);
    expect(returned?.text).toContain('理由：収支予算書の合計が申請額と合いません');
    expect(returned?.text).toContain('期限：令和7年5月26日（2025-05-26）');
    expect(returned?.text).toContain(`案件を開く：http://grants.test.example/app/cases/${caseId}`);
    const inApp = (await notificationsOf('applicant')).filter((item) => item.caseId === caseId);
    expect(inApp.map((item) => item.subject)).toEqual([returned?.subject]);
    expect(inApp[0]?.body).toBe(returned?.text.trimEnd());
    // The officer who returned it is not told of their own act; the applicant who filed was not told of the filing.
    expect(mailsTo('officer', caseId)).toHaveLength(1);
    expect(sink.accepted.filter((mail) => mail.text.includes(caseId)).map((mail) => mail.subject)).toHaveLength(2);

    // Handled again (as after a crash before the relay's commit): nobody is told twice.
    await api.database.query(`UPDATE outbox SET published_at = NULL WHERE case_id = $1 AND topic = 'case.event.accepted'`, [caseId]);
    await expectEventually(async () => {
      const [row] = await api.database.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM outbox WHERE case_id = $1 AND published_at IS NULL`, [caseId]);
      expect(row?.waiting).toBe(0);
    });
    const [pending] = await api.database.query<{ count: number }>(`SELECT count(*)::int AS count FROM delivery WHERE status <> 'sent' AND reminder_key LIKE $1`, [`news:${caseId}:%`]);
    expect(pending?.count).toBe(0);
    expect(sink.accepted.filter((mail) => mail.text.includes(caseId))).toHaveLength(2);
    expect((await notificationsOf('applicant')).filter((item) => item.caseId === caseId)).toHaveLength(1);
  });

  /** Sends an event on the API's clock, then waits for the worker to have told everyone of it: answers who heard what (in the app and at the SMTP server), by user key. */
  async function told(caseId: string, who: Who, body: object, on: string): Promise<Record<string, string[]>> {
    apiClock.setTokyoDate(on);
    await send(caseId, who, body);
    const [{ sequence } = { sequence: 0 }] = await api.database.query<{ sequence: number }>(`SELECT max(sequence)::int AS sequence FROM audit_entry WHERE case_id = $1`, [caseId]);
    const key = `news:${caseId}:${sequence}`;
    await expectEventually(async () => {
      const [row] = await api.database.query<{ waiting: number }>(
        `SELECT (SELECT count(*) FROM outbox WHERE case_id = $1 AND published_at IS NULL)::int
              + (SELECT count(*) FROM delivery WHERE reminder_key = $2 AND status <> 'sent')::int AS waiting`,
        [caseId, key],
      );
      expect(row?.waiting).toBe(0);
    });
    const userKeys = new Map(Object.entries(tenant.users).map(([userKey, user]) => [user.id, userKey]));
    const emailKeys = new Map(Object.entries(tenant.users).map(([userKey, user]) => [user.email, userKey]));
    const inApp = await api.database.query<{ user_id: string; subject: string }>(`SELECT user_id, subject FROM notification WHERE reminder_key = $1 ORDER BY subject, user_id`, [key]);
    const heard: Record<string, string[]> = {};
    for (const row of inApp) (heard[userKeys.get(row.user_id) ?? row.user_id] ??= []).push(row.subject);
    // Every notification went out by e-mail too, with the same subject, once.
    const mailed = sink.accepted.filter((mail) => mail.reminderKey === key).map((mail) => [emailKeys.get(mail.to[0] ?? ''), mail.subject]);
    expect(mailed.sort()).toEqual(Object.entries(heard).flatMap(([userKey, subjects]) => subjects.map((subject) => [userKey, subject])).sort());
    return heard;
  }

  it('tells each step of a case’s life to the people whose turn it is, and nobody else', async () => {
    const caseId = await filedCase();
    await expectEventually(async () => expect(mailsTo('officer', caseId)).toHaveLength(1));
    const org = '【舞川地区地域協働体】';
    expect(await told(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '見積書がありません', dueOn: '2025-05-26' }, '2025-05-13')).toEqual({
      applicant: [`${org}申請が差し戻されました（補正のお願い）`],
    });
    expect(await told(caseId, 'applicant', { type: 'RESUBMIT', requestedAmount: 60_000, plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 90_000 }] }, '2025-05-15')).toEqual({
      officer: [`${org}差し戻した申請が再提出されました`],
    });
    const accepted = await told(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-16');
    const [{ case_number: caseNumber } = { case_number: '' }] = await api.database.query<{ case_number: string }>(`SELECT case_number FROM grant_case WHERE id = $1`, [caseId]);
    const about = `【${caseNumber}】`;
    expect(accepted).toEqual({ applicant: [`${about}申請を受理しました`] });
    expect(await told(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id }, '2025-05-16')).toEqual({
      reviewer: [`${about}審査の担当になりました`],
    });
    expect(await told(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' }, '2025-05-19')).toEqual({});
    expect(await told(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20')).toEqual({
      approver: [`${about}審査が終わり、決裁を待っています`],
    });
    expect(await told(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 50_000, conditions: ['活動写真を残すこと'], noticeNumber: '一協第70号' }, '2025-05-30')).toEqual({
      applicant: [`${about}修正交付決定がありました（申請額から減額）`],
    });
    expect(await told(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01')).toEqual({});
    expect(await told(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 25_000 }, '2025-06-02')).toEqual({
      finance: [`${about}前金払（概算払）の請求がありました`],
    });
    expect(await told(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 25_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10')).toEqual({
      applicant: [`${about}補助金を支払いました`],
    });
    expect(await told(caseId, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01')).toEqual({});
    await attachPapers(await api.as('applicant'), caseId, SUPPORT.requiredDocuments.report);
    expect(
      await told(caseId, 'applicant', { type: 'SUBMIT_REPORT', actualExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 60_000 }], outcomes: '活動報告' }, '2025-12-10'),
    ).toEqual({ officer: [`${about}実績報告が提出されました`] });
    expect(await told(caseId, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第71号' }, '2025-12-20')).toEqual({
      applicant: [`${about}補助金の額が確定しました（額の確定）`],
      finance: [`${about}額の確定により精算払が必要です`],
    });
  });

  it('tries a refused e-mail again later and sends it once the server takes it; the in-app notification is there at once', async () => {
    let refusals = 1;
    sink.beforeAccept = (mail) => {
      if (mail.to.includes(tenant.users.officer.email) && refusals > 0) {
        refusals -= 1;
        throw new Error('451 try again later');
      }
    };
    try {
      const caseId = await filedCase();
      await expectEventually(async () => expect((await notificationsOf('officer')).filter((item) => item.caseId === caseId)).toHaveLength(1));
      await expectEventually(async () => {
        const [row] = await api.database.query<{ status: string; attempts: number; error: string | null }>(
          `SELECT status, attempts, error FROM delivery WHERE channel = 'email' AND reminder_key LIKE $1`,
          [`news:${caseId}:%`],
        );
        expect(row).toMatchObject({ status: 'pending', attempts: 2 });
        expect(row?.error).toContain('451');
      });
      // Its wait is over: the next batch sends it.
      await api.database.query(`UPDATE delivery SET not_before = now() WHERE channel = 'email' AND reminder_key LIKE $1`, [`news:${caseId}:%`]);
      await expectEventually(async () => expect(mailsTo('officer', caseId)).toHaveLength(1));
    } finally {
      sink.beforeAccept = () => undefined;
    }
  });

  describe('as each person chose to hear', () => {
    async function choose(who: Who, email: Partial<Record<'reminder' | 'escalation' | 'caseNews' | 'fiscalYearClose', boolean>>, dailyDigest: boolean): Promise<void> {
      const client = await api.as(who);
      const { version } = (await client.get('/me/notification-settings').expect(200)).body;
      const all = { reminder: true, escalation: true, caseNews: true, fiscalYearClose: true, ...email };
      await client.put('/me/notification-settings', { email: all, dailyDigest, version }).expect(200);
    }

    afterEach(async () => {
      await choose('officer', {}, false);
      await choose('applicant', {}, false);
    });

    it('tells in the app only a person who takes news of cases that way', async () => {
      await choose('officer', { caseNews: false }, false);
      const caseId = await filedCase();
      await expectEventually(async () => expect((await notificationsOf('officer')).filter((item) => item.caseId === caseId)).toHaveLength(1));
      const rows = await api.database.query<{ channel: string; status: string }>(`SELECT channel, status FROM delivery WHERE reminder_key LIKE $1 ORDER BY channel`, [`news:${caseId}:%`]);
      expect(rows).toEqual([{ channel: 'in_app', status: 'sent' }]);
      expect(mailsTo('officer', caseId)).toEqual([]);
    });

    it('gathers a digest-taker’s e-mails into one at the next morning’s hour, the in-app ones at once', async () => {
      await choose('officer', {}, true);
      const first = await filedCase();
      const second = await filedCase();
      await expectEventually(async () => {
        const held = await api.database.query<{ status: string }>(`SELECT status FROM delivery WHERE channel = 'email' AND (reminder_key LIKE $1 OR reminder_key LIKE $2)`, [
          `news:${first}:%`,
          `news:${second}:%`,
        ]);
        expect(held).toEqual([{ status: 'held' }, { status: 'held' }]);
      });
      expect((await notificationsOf('officer')).filter((item) => item.caseId === first || item.caseId === second)).toHaveLength(2);
      expect(sink.accepted.filter((mail) => mail.subject.startsWith('【お知らせのまとめ】'))).toEqual([]);

      workerClock.set(new Date('2025-05-13T09:00:01+09:00'));
      const digest = await expectEventually(() => {
        const found = sink.accepted.filter((mail) => mail.to.includes(tenant.users.officer.email) && mail.subject.startsWith('【お知らせのまとめ】'));
        expect(found).toHaveLength(1);
        return found[0];
      });
      expect(digest?.subject).toBe('【お知らせのまとめ】令和7年5月13日（2件）');
      expect(digest?.text).toContain(`/app/cases/${first}`);
      expect(digest?.text).toContain(`/app/cases/${second}`);
      expect(mailsTo('officer', first).filter((mail) => !mail.subject.startsWith('【お知らせのまとめ】'))).toEqual([]);
      await expectEventually(async () => {
        const sent = await api.database.query<{ status: string }>(`SELECT DISTINCT status FROM delivery WHERE channel = 'email' AND (reminder_key LIKE $1 OR reminder_key LIKE $2)`, [
          `news:${first}:%`,
          `news:${second}:%`,
        ]);
        expect(sent).toEqual([{ status: 'sent' }]);
      });
      workerClock.set(new Date('2025-05-12T10:00:00+09:00'));
    });
  });
});
