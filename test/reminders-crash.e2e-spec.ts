import { Queue } from 'bullmq';
import { tokyoDateOf } from '#libs/calendar';
import { QueueName } from '#libs/queue';
import {
  BuiltProcess,
  createTestDatabase,
  expectEventually,
  freePort,
  type SeededTenant,
  seedTenant,
  TEST_REDIS_URL,
  type TestDatabase,
  uniqueQueuePrefix,
} from '#libs/testing';
import { insertScheduledDeadline, openApplication, SmtpSink } from './reminders-support.js';

/**
 * The built worker as its own process (`npm test` builds first), on the real clock: deadlines
 * due today with a reminder on the day at 00:00 (REMINDER_HOUR=0), already passed, so each
 * fires as soon as it is relayed.
 */
describe('reminders across a killed or stopped worker process', () => {
  const prefix = uniqueQueuePrefix();
  const queues: Queue[] = [];
  const running = new Set<BuiltProcess>();
  let database: TestDatabase;
  let tenant: SeededTenant;
  let caseId: string;
  let sink: SmtpSink;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    tenant = await seedTenant(database, 'ichinoseki');
    caseId = await openApplication(database, tenant);
    sink = await SmtpSink.start();
  });

  afterAll(async () => {
    for (const worker of running) worker.kill('SIGKILL');
    await Promise.all([...running].map((worker) => worker.exited));
    for (const queue of queues) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await sink?.close();
    await database?.drop();
  });

  async function startWorker(env: Record<string, string> = {}): Promise<BuiltProcess> {
    const worker = new BuiltProcess('worker/src/main', {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      WORKER_HEALTH_PORT: String(await freePort()),
      // One job at a time, one e-mail at a time: the kill lands on exactly one message in flight.
      WORKER_CONCURRENCY: '1',
      REMINDER_HOUR: '0',
      OUTBOX_POLL_MS: '50',
      SMTP_URL: sink.url,
      MAIL_FROM: 'reminders@ichinoseki.example',
      LOG_FORMAT: 'json',
      ...env,
    });
    running.add(worker);
    void worker.exited.then(() => running.delete(worker));
    await worker.waitForOutput(/Nest application successfully started/);
    return worker;
  }

  /** `count` deadlines due today, each reminding the applicant and finance: two e-mails and two notifications each. */
  async function dueToday(count: number, batch: string): Promise<string[]> {
    const dueOn = tokyoDateOf(new Date());
    const keys: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const deadlineId = await insertScheduledDeadline(database, {
        tenantId: tenant.id,
        caseId,
        subject: `${batch}-${index}`,
        dueOn,
        remindRoles: ['applicant', 'finance'],
        reminderDaysBefore: [0],
      });
      keys.push(`reminder-${deadlineId}-0`);
    }
    return keys;
  }

  const recipients = () => [tenant.users.applicant.email, tenant.users.finance.email];

  const deliveryCounts = async (keys: string[]) =>
    Object.fromEntries(
      (
        await database.query<{ state: string; count: number }>(
          `SELECT channel || ':' || status AS state, count(*)::int AS count FROM delivery WHERE reminder_key = ANY($1) GROUP BY 1 ORDER BY 1`,
          [keys],
        )
      ).map((row) => [row.state, row.count]),
    );

  it('after kill -9 while sending and a restart, sends each reminder once to each recipient', async () => {
    const keys = await dueToday(15, 'killed');
    let killed: BuiltProcess | undefined;
    const first = await startWorker();
    sink.afterAccept = () => {
      // The SMTP server has just accepted the 9th e-mail, the first of the 5th reminder's two: the worker has
      // not heard the answer yet, and the reminder's second recipient is still to come.
      if (sink.accepted.length === 9 && !killed) {
        killed = first;
        first.kill('SIGKILL');
      }
    };
    const exit = await first.exited;
    sink.afterAccept = () => undefined;
    expect(exit.signal).toBe('SIGKILL');
    // The one e-mail in flight stays 'sending': it reached the server, and it is never sent again.
    expect(await deliveryCounts(keys)).toMatchObject({ 'email:sending': 1 });

    // Its job stalled with the process; the next worker takes it back once its lock expires (BullMQ's 30 s).
    const second = await startWorker();
    await expectEventually(
      () => {
        for (const key of keys) for (const to of recipients()) expect(sink.count(key, to)).toBe(1);
      },
      120_000,
      500,
    );
    expect(sink.accepted).toHaveLength(keys.length * 2);
    expect(await deliveryCounts(keys)).toEqual({ 'email:sending': 1, 'email:sent': 29, 'in_app:sent': 30 });
    const [notifications] = await database.query<{ count: number }>(`SELECT count(*)::int AS count FROM notification WHERE reminder_key = ANY($1)`, [keys]);
    expect(notifications?.count).toBe(30);

    second.kill('SIGTERM');
    await second.exited;
  }, 180_000);

  it('on SIGTERM finishes the reminders in flight, and the next worker sends the rest, each once', async () => {
    const acceptedBefore = sink.accepted.length;
    const keys = await dueToday(15, 'stopped');
    // A slow SMTP server, so that the signal lands in the middle of the work.
    sink.beforeAccept = () => new Promise((accepted) => setTimeout(accepted, 30));
    let stopped = false;
    const first = await startWorker();
    sink.afterAccept = () => {
      if (sink.accepted.length - acceptedBefore === 6 && !stopped) {
        stopped = true;
        first.kill('SIGTERM');
      }
    };
    const exit = await first.exited;
    sink.afterAccept = () => undefined;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(exit.stdout).toContain('SIGTERM received: the BullMQ workers stop taking jobs and finish those in flight');
    expect(exit.stdout).toContain('jobs in flight finished; the outbox relay has stopped');
    // Nothing was left half-sent: every claimed e-mail left and was recorded as sent.
    const afterStop = await deliveryCounts(keys);
    expect(afterStop['email:sending']).toBeUndefined();
    expect(afterStop['email:sent']).toBeLessThan(30);

    await startWorker();
    await expectEventually(
      () => {
        for (const key of keys) for (const to of recipients()) expect(sink.count(key, to)).toBe(1);
      },
      60_000,
      200,
    );
    expect(sink.accepted.length - acceptedBefore).toBe(30);
    expect(await deliveryCounts(keys)).toEqual({ 'email:sent': 30, 'in_app:sent': 30 });
    sink.beforeAccept = () => undefined;
  }, 120_000);

  it('without SMTP_URL says so at start-up and writes each e-mail to its log as JSON', async () => {
    for (const worker of running) worker.kill('SIGTERM');
    await Promise.all([...running].map((worker) => worker.exited));
    const logPrefix = uniqueQueuePrefix();
    const worker = await startWorker({ SMTP_URL: '', QUEUE_PREFIX: logPrefix });
    queues.push(new Queue(QueueName.Reminders, { connection: { url: TEST_REDIS_URL }, prefix: logPrefix }));
    expect(worker.output).toContain('SMTP_URL is not set: reminder e-mails are logged as JSON, not sent');
    const [key] = await dueToday(1, 'logged');
    // This reminder's line for finance: the worker logs one line per recipient, in no set order, and may also log
    // e-mails of reminders left pending by the tests before.
    const financeLine = () =>
      worker.output
        .split('\n')
        .find((text) => text.includes('reminder e-mail logged, not sent (SMTP_URL is not set)') && text.includes(`"to":"${tenant.users.finance.email}"`) && text.includes(`"reminderKey":"${key}"`));
    await expectEventually(() => expect(financeLine()).toBeDefined(), 60_000, 100);
    const line = financeLine();
    expect(JSON.parse(line ?? '{}').email).toMatchObject({
      from: 'reminders@ichinoseki.example',
      to: tenant.users.finance.email,
      reminderKey: key,
      subject: expect.stringMatching(/^【期限のお知らせ】実績報告書の提出：令和\d+年\d+月\d+日まで（舞川地区地域協働体）$/),
      text: expect.stringContaining('finance 様'),
    });
    expect(sink.count(key as string, tenant.users.finance.email)).toBe(0);
  });

  beforeAll(() => {
    queues.push(new Queue(QueueName.Reminders, { connection: { url: TEST_REDIS_URL }, prefix }));
    queues.push(new Queue(QueueName.System, { connection: { url: TEST_REDIS_URL }, prefix }));
  });
});
