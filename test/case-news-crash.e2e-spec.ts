import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, BuiltProcess, expectEventually, freePort, SettableClock, startApiTestApp, TEST_REDIS_URL, uniqueQueuePrefix } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { SmtpSink } from './reminders-support.js';

const SUPPORT = seedProgram('協働支援');
const FILINGS = 12;

/**
 * Issue 15: news of a case across a worker killed with -9 while its e-mails are leaving. The API
 * in process writes the events; the built worker runs as its own process, as a user runs it.
 */
describe('news of a case across a killed worker process', () => {
  let api: ApiTestApp;
  let sink: SmtpSink;
  const running = new Set<BuiltProcess>();

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock: new SettableClock(new Date()) });
    sink = await SmtpSink.start();
  });

  afterAll(async () => {
    for (const worker of running) worker.kill('SIGKILL');
    await Promise.all([...running].map((worker) => worker.exited));
    await sink?.close();
    await api?.close();
  });

  async function startWorker(): Promise<BuiltProcess> {
    const worker = new BuiltProcess('worker/src/main', {
      DATABASE_URL: api.database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: uniqueQueuePrefix(),
      WORKER_HEALTH_PORT: String(await freePort()),
      OUTBOX_POLL_MS: '50',
      SMTP_URL: sink.url,
      MAIL_FROM: 'grants@ichinoseki.example',
      LOG_FORMAT: 'json',
    });
    running.add(worker);
    void worker.exited.then(() => running.delete(worker));
    await worker.waitForOutput(/Nest application successfully started/);
    return worker;
  }

  const deliveryCounts = async () =>
    Object.fromEntries(
      (
        await api.database.query<{ state: string; count: number }>(
          `SELECT channel || ':' || status AS state, count(*)::int AS count FROM delivery WHERE reminder_key LIKE 'news:%' GROUP BY 1 ORDER BY 1`,
        )
      ).map((row) => [row.state, row.count]),
    );

  it('tells each person once in the app, never e-mails anyone twice, and the next worker sends what the killed one had not claimed', async () => {
    const [tenant] = api.tenants;
    if (!tenant) throw new Error('no tenant');
    const applicant = await api.as('applicant');
    // Filed while no worker runs: the news of all of them waits in the outbox for one batch.
    for (let filing = 0; filing < FILINGS; filing += 1) {
      const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
      await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
      await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 90_000 }] }).expect(200);
    }

    let killed = false;
    const first = await startWorker();
    sink.afterAccept = () => {
      // The server has just taken the 5th e-mail: the worker has not heard it, and others are still to go.
      if (sink.accepted.length === 5 && !killed) {
        killed = true;
        first.kill('SIGKILL');
      }
    };
    expect((await first.exited).signal).toBe('SIGKILL');
    sink.afterAccept = () => undefined;
    // The news were written before any e-mail left, in the relay's transaction: all of them are in the app.
    const [inApp] = await api.database.query<{ count: number }>(`SELECT count(*)::int AS count FROM notification WHERE kind = 'caseNews' AND user_id = $1`, [tenant.users.officer.id]);
    expect(inApp?.count).toBe(FILINGS);
    const afterKill = await deliveryCounts();
    const inDoubt = afterKill['email:sending'] ?? 0;
    expect(inDoubt).toBeGreaterThan(0);

    await startWorker();
    // What was claimed and never known to be sent stays in doubt, never sent again; every other e-mail leaves once.
    await expectEventually(async () => expect(await deliveryCounts()).toEqual({ 'email:sending': inDoubt, 'email:sent': FILINGS - inDoubt, 'in_app:sent': FILINGS }), 60_000, 200);
    const keys = sink.accepted.map((mail) => mail.reminderKey);
    expect(new Set(keys).size).toBe(keys.length);
    const sentKeys = await api.database.query<{ reminder_key: string }>(`SELECT reminder_key FROM delivery WHERE channel = 'email' AND status = 'sent'`);
    for (const { reminder_key: key } of sentKeys) expect(keys).toContain(key);
  }, 180_000);
});
