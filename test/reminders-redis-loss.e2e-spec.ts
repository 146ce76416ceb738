import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { Clock } from '#libs/clock';
import type { AppConfig } from '#libs/config';
import { ReconcileScheduleKeeper } from '#libs/reminder-delivery';
import { QueueName } from '#libs/queue';
import {
  createTestDatabase,
  expectEventually,
  type SeededTenant,
  seedTenant,
  type TestDatabase,
  testConfig,
  uniqueQueuePrefix,
} from '#libs/testing';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { insertScheduledDeadline, openApplication, type OwnRedis, RunningClock, SmtpSink, startOwnRedis } from './reminders-support.js';

describe('reminders when Redis loses everything (FLUSHALL on a redis-server of this test)', () => {
  const workerClock = new RunningClock(new Date('2025-11-05T08:59:00+09:00'));
  let redis: OwnRedis;
  let database: TestDatabase;
  let tenant: SeededTenant;
  let sink: SmtpSink;
  let config: AppConfig;
  let worker: INestApplication | undefined;
  let queue: Queue;
  let caseId: string;

  async function startWorker(): Promise<INestApplication> {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(workerClock)
      .compile();
    const app = moduleRef.createNestApplication({ bufferLogs: true });
    await app.init();
    return app;
  }

  beforeAll(async () => {
    redis = await startOwnRedis();
    database = await createTestDatabase({ migrated: true });
    tenant = await seedTenant(database, 'ichinoseki');
    sink = await SmtpSink.start();
    // The reconciler's own timer is far off: the test says when a lost scheduler is noticed.
    config = testConfig(database.url, { redisUrl: redis.url, queuePrefix: uniqueQueuePrefix(), smtpUrl: sink.url, reconcileEveryMs: 3_600_000 });

    caseId = await openApplication(database, tenant);

    worker = await startWorker();
    queue = new Queue(QueueName.Reminders, { connection: { url: redis.url }, prefix: config.queuePrefix });
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    await sink?.close();
    await database?.drop();
    await redis?.stop();
  });

  const relayed = () =>
    expectEventually(async () => {
      const [row] = await database.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM outbox WHERE published_at IS NULL AND topic LIKE 'deadline.%'`);
      expect(row?.waiting).toBe(0);
    });

  const deadline = (subject: string, dueOn: string, remindRoles: string[], reminderDaysBefore: number[], escalateTo: string | null = null) =>
    insertScheduledDeadline(database, { tenantId: tenant.id, caseId, subject, dueOn, remindRoles, reminderDaysBefore, escalateTo });

  const emailsOf = (key: string) => sink.accepted.filter((mail) => mail.reminderKey === key).map((mail) => mail.to.join());

  it('delivers every pending reminder once after the flush: the passed ones at once, the others when due', async () => {
    // One reminder went out before Redis was lost.
    workerClock.set(new Date('2025-11-05T08:59:59+09:00'));
    const sentBefore = await deadline('sent-before', '2025-11-05', ['finance'], [0]);
    await expectEventually(() => expect(emailsOf(`reminder-${sentBefore}-0`)).toEqual([tenant.users.finance.email]), 15_000);

    // Three due at 09:00 today, one of them also 7 days later, with an escalation: all queued, none sent yet.
    workerClock.set(new Date('2025-11-05T08:50:00+09:00'));
    const today = await deadline('today', '2025-11-05', ['applicant'], [0], 'officer');
    const todayToo = await deadline('today-too', '2025-11-05', ['finance'], [0]);
    const nextWeek = await deadline('next-week', '2025-11-12', ['applicant'], [7, 0]);
    await relayed();
    const queued = [`reminder-${today}-0`, `reminder-${todayToo}-0`, `reminder-${nextWeek}-7`, `reminder-${nextWeek}-0`, `escalation-${today}`];
    for (const key of queued) expect(await queue.getJobState(key)).toBe('delayed');

    await redis.flushAll();
    for (const key of queued) expect(await queue.getJobState(key)).toBe('unknown');

    // 09:00 passes while Redis is empty; then the lost scheduler is noticed and the reconciler runs at once.
    workerClock.set(new Date('2025-11-05T09:30:00+09:00'));
    const keeper = worker?.get(ReconcileScheduleKeeper) as ReconcileScheduleKeeper;
    expect(await keeper.restoreIfLost()).toBe(true);
    expect(await keeper.restoreIfLost()).toBe(false);

    await expectEventually(() => {
      expect(emailsOf(`reminder-${today}-0`)).toEqual([tenant.users.applicant.email]);
      expect(emailsOf(`reminder-${todayToo}-0`)).toEqual([tenant.users.finance.email]);
      expect(emailsOf(`reminder-${nextWeek}-7`)).toEqual([tenant.users.applicant.email]);
    }, 20_000);
    expect(await queue.getJobState(`reminder-${nextWeek}-0`)).toBe('delayed');
    expect(await queue.getJobState(`escalation-${today}`)).toBe('delayed');
    // The one sent before the loss was not sent again.
    expect(await queue.getJobState(`reminder-${sentBefore}-0`)).toBe('unknown');
    expect(emailsOf(`reminder-${sentBefore}-0`)).toEqual([tenant.users.finance.email]);
    const inApp = await database.query<{ reminder_key: string; count: number }>(
      `SELECT reminder_key, count(*)::int AS count FROM notification GROUP BY reminder_key ORDER BY reminder_key`,
    );
    expect(inApp.every((row) => row.count === 1)).toBe(true);
    expect(inApp).toHaveLength(4);
  });

  it('re-creates at worker start what a second loss took, and sends nothing twice', async () => {
    await worker?.close();
    worker = undefined;
    await redis.flushAll();
    const sentSoFar = sink.accepted.length;

    workerClock.set(new Date('2025-11-06T12:00:00+09:00'));
    worker = await startWorker();
    const pending = await database.query<{ id: string; reminder_days_before: number[]; escalate_to: string | null }>(
      `SELECT id, reminder_days_before, escalate_to FROM deadline WHERE status = 'pending' AND due_on > '2025-11-06'`,
    );
    expect(pending).toHaveLength(1);
    const [nextWeek] = pending;
    await expectEventually(async () => expect(await queue.getJobState(`reminder-${nextWeek?.id}-0`)).toBe('delayed'));
    // Every deadline of 2025-11-05 is past: their escalations (the one that has one) are back, their reminders are not wanted.
    const [today] = await database.query<{ id: string }>(`SELECT id FROM deadline WHERE subject = 'today'`);
    expect(await queue.getJobState(`escalation-${today?.id}`)).toBe('delayed');
    expect(await queue.getJobState(`reminder-${today?.id}-0`)).toBe('unknown');
    expect(sink.accepted.length).toBe(sentSoFar);
  });
});
