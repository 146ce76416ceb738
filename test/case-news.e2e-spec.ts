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
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let sink: SmtpSink;
  let workers: WorkerTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock: apiClock });
    [tenant] = api.tenants;
    sink = await SmtpSink.start();
    workers = await startWorkerTestApp(api.database.url, { prefix: uniqueQueuePrefix(), smtpUrl: sink.url, clock: new RunningClock(new Date('2025-05-12T10:00:00+09:00')) });
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
});
