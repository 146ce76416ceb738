import { attachPapers, papersFor } from '#libs/testing/case-papers';
import type { INestApplication } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ReminderDispatcher, ReminderReconciler } from '#libs/reminder-delivery';
import { seedProgram } from '#libs/programs';
import { JobName, jobOptions } from '#libs/queue';
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
import { clearDeadline, insertScheduledDeadline, RunningClock, SmtpSink, startWorkerTestApp, type WorkerTestApp } from './reminders-support.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');

describe('deadline reminders (worker and API in process, real PostgreSQL, Redis and SMTP)', () => {
  const prefix = uniqueQueuePrefix();
  const apiClock = new SettableClock(new Date('2025-04-21T12:00:00+09:00'));
  const workerClock = new RunningClock(new Date('2025-04-21T12:00:00+09:00'));
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  let sink: SmtpSink;
  let workers: WorkerTestApp;
  let worker: INestApplication;
  let queue: Queue;
  let queueEvents: QueueEvents;

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock: apiClock });
    [tenant, otherTenant] = api.tenants;
    sink = await SmtpSink.start();

    workers = await startWorkerTestApp(api.database.url, { prefix, smtpUrl: sink.url, clock: workerClock });
    ({ app: worker, queue, queueEvents } = workers);
  });

  afterAll(async () => {
    await workers?.close();
    await sink?.close();
    await api?.close();
  });

  const as = (who: Who, of?: SeededTenant) => api.as(who, of);

  async function send(caseId: string, who: Who, body: object): Promise<void> {
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  const filing = {
    requestedAmount: 60_000,
    plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 90_000 }],
  };

  /** A filed application the officer returned for correction (差戻し) due on `dueOn`: its correctionDue deadline reminds the applicant and escalates to officers. */
  async function returnedCase(dueOn: string, on: string): Promise<{ caseId: string; deadlineId: string; dueOnAfterCalendar: string }> {
    apiClock.setTokyoDate(on);
    const opened = await (await as('applicant')).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    await attachPapers(await as('applicant'), caseId, papersFor(SUPPORT, 'application'));
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing });
    await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が不一致', dueOn });
    return { caseId, ...(await pendingCorrection(caseId)) };
  }

  async function pendingCorrection(caseId: string): Promise<{ deadlineId: string; dueOnAfterCalendar: string }> {
    const [row] = await api.database.query<{ id: string; due_on: string }>(
      `SELECT id, due_on::text FROM deadline WHERE case_id = $1 AND kind = 'correctionDue' AND status = 'pending'`,
      [caseId],
    );
    if (!row) throw new Error(`case ${caseId} has no pending correctionDue`);
    return { deadlineId: row.id, dueOnAfterCalendar: row.due_on };
  }

  /** The relay has published every deadline message: the jobs are in Redis (or removed). */
  const relayed = () =>
    expectEventually(async () => {
      const [row] = await api.database.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM outbox WHERE published_at IS NULL AND topic IN ('deadline.scheduled', 'deadline.cleared')`,
      );
      expect(row?.waiting).toBe(0);
    });

  const mailOf = (key: string) =>
    expectEventually(() => {
      const mail = sink.accepted.find((accepted) => accepted.reminderKey === key);
      if (!mail) throw new Error(`no e-mail of ${key} yet`);
      return mail;
    }, 20_000);

  const deliveriesOf = (key: string) =>
    api.database.query<{ recipient_user_id: string; channel: string; status: string; attempts: number; error: string | null }>(
      `SELECT recipient_user_id, channel, status, attempts, error FROM delivery WHERE reminder_key = $1 ORDER BY recipient_user_id, channel`,
      [key],
    );

  let firstReminder: { caseId: string; deadlineId: string; key: string };

  describe('sending', () => {
    it('reminds the applicant at 09:00 on the day, in-app and by e-mail in Japanese, of a deadline moved from 2025-05-03 to 2025-05-07', async () => {
      // When the relay schedules it, the worker's clock is three seconds before 2025-05-07 09:00 Tokyo.
      workerClock.set(new Date('2025-05-07T08:59:57+09:00'));
      const { caseId, deadlineId, dueOnAfterCalendar } = await returnedCase('2025-05-03', '2025-04-21');
      expect(dueOnAfterCalendar).toBe('2025-05-07'); // 05-03 … 05-06: 憲法記念日, Sunday, こどもの日, 振替休日
      const key = `reminder-${deadlineId}-0`;
      firstReminder = { caseId, deadlineId, key };

      await relayed();
      // 7 and 3 days before had passed when it was scheduled: dropped. The escalation waits for 2025-05-10.
      expect(await queue.getJobState(`reminder-${deadlineId}-7`)).toBe('unknown');
      expect(await queue.getJobState(`reminder-${deadlineId}-3`)).toBe('unknown');
      expect(await queue.getJobState(`escalation-${deadlineId}`)).toBe('delayed');

      const mail = await mailOf(key);
      expect(mail.to).toEqual([tenant.users.applicant.email]);
      expect(mail.messageId).toBe(`<${key}.${tenant.users.applicant.id}@test.example>`);
      expect(mail.subject).toBe('【期限のお知らせ】補正（差戻し）への対応：令和7年5月7日まで（舞川地区地域協働体）');
      expect(mail.text).toBe(
        [
          'applicant 様',
          '',
          '次の期限が近づいています。本日が期限です。',
          '',
          '案件番号：未採番（受理前の申請）',
          '団体名：舞川地区地域協働体',
          '補助事業：地域協働体支援事業補助金',
          '期限の内容：補正（差戻し）への対応',
          '期限：令和7年5月7日（2025-05-07）',
          '',
          'お願いしたいこと：',
          '補正依頼の内容を確認し、申請書類を修正して再提出してください。',
          '',
          'このメールは送信専用です。ご不明な点は担当課までお問い合わせください。',
          '一関市 地域協働 補助金システム',
          '',
        ].join('\n'),
      );

      const inbox = await (await as('applicant')).get('/me/notifications').expect(200);
      expect(inbox.body.items.filter((item: { deadlineId: string }) => item.deadlineId === deadlineId)).toEqual([
        { id: expect.any(String), kind: 'reminder', caseId, deadlineId, subject: mail.subject, body: mail.text, createdAt: expect.any(String), readAt: null },
      ]);
      await expectEventually(async () =>
        expect(await deliveriesOf(key)).toEqual([
          { recipient_user_id: tenant.users.applicant.id, channel: 'email', status: 'sent', attempts: 1, error: null },
          { recipient_user_id: tenant.users.applicant.id, channel: 'in_app', status: 'sent', attempts: 1, error: null },
        ]),
      );
      // Only the organization's applicant: not the other organization's, not the officers (they are escalated to).
      expect(sink.accepted.filter((accepted) => accepted.reminderKey === key)).toHaveLength(1);
    });

    it('relays a deadline twice without a second job or a second message', async () => {
      const { deadlineId, key } = firstReminder;
      await api.database.query(`UPDATE outbox SET published_at = NULL WHERE topic = 'deadline.scheduled' AND payload->>'deadlineId' = $1`, [deadlineId]);
      await relayed();
      expect(await queue.getJobState(key)).toBe('completed');
      expect(await queue.getJobState(`escalation-${deadlineId}`)).toBe('delayed');
      expect(sink.count(key, tenant.users.applicant.email)).toBe(1);
      expect(await deliveriesOf(key)).toHaveLength(2);
    });

    it('runs the same reminder job twice with one effect', async () => {
      const { deadlineId, key } = firstReminder;
      workerClock.set(new Date('2025-05-07T10:00:00+09:00'));
      const again = await worker.get(ReminderDispatcher).remind({ deadlineId, daysBefore: 0 });
      expect(again).toEqual({ outcome: 'delivered', recipients: 1, inApp: 0, emails: 0 });
      expect(sink.count(key, tenant.users.applicant.email)).toBe(1);
      expect(await deliveriesOf(key)).toHaveLength(2);
    });

    it('delivers a moved deadline at its new time only', async () => {
      workerClock.set(new Date('2025-06-10T08:59:56+09:00'));
      const { caseId, deadlineId: before } = await returnedCase('2025-06-10', '2025-06-02');
      await relayed();
      // Moved before it fires: the old deadline is cleared and a new one set for 2025-06-20, whose reminder is 6 s away.
      workerClock.set(new Date('2025-06-20T08:59:54+09:00'));
      await send(caseId, 'applicant', { type: 'RESUBMIT', ...filing });
      await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '添付書類の不足', dueOn: '2025-06-20' });
      const { deadlineId: after, dueOnAfterCalendar } = await pendingCorrection(caseId);
      expect(dueOnAfterCalendar).toBe('2025-06-20');
      await relayed();
      expect(await queue.getJobState(`reminder-${before}-0`)).toBe('unknown');
      expect(await queue.getJobState(`escalation-${before}`)).toBe('unknown');

      const mail = await mailOf(`reminder-${after}-0`);
      expect(mail.subject).toBe('【期限のお知らせ】補正（差戻し）への対応：令和7年6月20日まで（舞川地区地域協働体）');
      // By now the old reminder's instant has passed too: it sent nothing, anywhere.
      expect(sink.accepted.filter((accepted) => accepted.reminderKey.includes(before))).toEqual([]);
      expect(await api.database.query(`SELECT 1 FROM delivery WHERE reminder_key LIKE $1`, [`%${before}%`])).toEqual([]);
      expect(sink.count(`reminder-${after}-0`, tenant.users.applicant.email)).toBe(1);
    });

    it('sends nothing for a cleared deadline, even when its job fires anyway', async () => {
      workerClock.set(new Date('2025-07-10T08:59:50+09:00'));
      const { caseId, deadlineId } = await returnedCase('2025-07-10', '2025-07-01');
      await relayed();
      expect(await queue.getJobState(`reminder-${deadlineId}-0`)).toBe('delayed');
      await send(caseId, 'applicant', { type: 'RESUBMIT', ...filing });
      await relayed();
      expect(await queue.getJobState(`reminder-${deadlineId}-0`)).toBe('unknown');
      expect(await queue.getJobState(`escalation-${deadlineId}`)).toBe('unknown');

      // A job that was already running when the deadline cleared: the processor reads the truth and does nothing.
      workerClock.set(new Date('2025-07-10T09:00:00+09:00'));
      const data = { deadlineId, daysBefore: 0 };
      const late = await queue.add(JobName.Reminder, data, jobOptions(JobName.Reminder, data));
      expect(await late.waitUntilFinished(queueEvents, 15_000)).toEqual({ outcome: 'skipped', reason: 'the deadline was met, cleared or moved' });
      expect(await api.database.query(`SELECT 1 FROM delivery WHERE reminder_key LIKE $1`, [`%${deadlineId}%`])).toEqual([]);
      expect(sink.accepted.filter((accepted) => accepted.reminderKey.includes(deadlineId))).toEqual([]);
    });

    it('escalates a missed deadline to the officers, and the overdue filter lists the case', async () => {
      // 2025-09-10 unmet: the escalation is 3 days after its end, at the end of 2025-09-13; the clock is 3 s before.
      workerClock.set(new Date('2025-09-13T23:59:56.999+09:00'));
      const { caseId, deadlineId } = await returnedCase('2025-09-10', '2025-09-01');
      await relayed();

      const escalation = await mailOf(`escalation-${deadlineId}`);
      expect(escalation.to).toEqual([tenant.users.officer.email]);
      expect(escalation.subject).toBe('【期限超過】補正（差戻し）への対応：令和7年9月10日の期限を過ぎています（舞川地区地域協働体）');
      expect(escalation.text).toMatch(/次の期限が過ぎましたが、まだ完了していません。期限を[34]日過ぎています。/);
      expect(escalation.text).toContain('対応が遅れている方：申請団体');
      expect(escalation.text).toContain('対応が遅れている方に連絡して状況を確認し、督促や期限の再設定など必要な対応を取ってください。');
      const officerInbox = await (await as('officer')).get('/me/notifications').expect(200);
      expect(officerInbox.body.items).toContainEqual(expect.objectContaining({ kind: 'escalation', caseId, deadlineId, subject: escalation.subject }));

      // The on-the-day reminder, scheduled after its instant, fired at once and found the deadline already passed.
      const dayOf = await queue.getJob(`reminder-${deadlineId}-0`);
      expect(await dayOf?.waitUntilFinished(queueEvents, 15_000)).toEqual({ outcome: 'skipped', reason: 'the deadline has passed: its escalation takes over' });
      expect(sink.count(`reminder-${deadlineId}-0`, tenant.users.applicant.email)).toBe(0);

      const overdueIds = async (on: string, overdue: boolean) => {
        apiClock.setTokyoDate(on);
        const response = await (await as('officer')).get(`/cases?overdue=${overdue}&limit=100`).expect(200);
        return response.body.items.map((item: { id: string }) => item.id);
      };
      expect(await overdueIds('2025-09-10', true)).not.toContain(caseId);
      expect(await overdueIds('2025-09-11', true)).toContain(caseId);
      expect(await overdueIds('2025-09-11', false)).not.toContain(caseId);
    });
  });

  describe('who is told', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = firstReminder.caseId;
      // Far ahead: the relay queues these for later; the tests run the dispatcher themselves.
      workerClock.set(new Date('2025-10-01T12:00:00+09:00'));
    });

    const deadlineFor = async (remindRoles: string[], subject: string) => {
      const deadlineId = await insertScheduledDeadline(api.database, { tenantId: tenant.id, caseId, subject, dueOn: '2025-10-15', remindRoles });
      await relayed();
      return deadlineId;
    };

    it('tells officers of the whole municipality and liaison officers of the case’s area, never those of other areas', async () => {
      const liaison = async (name: string, areas: string[]) =>
        (
          await api.database.query<{ id: string }>(
            `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role, liaison_areas) VALUES ($1, $2, $2, 'x', 'officer', $3) RETURNING id`,
            [tenant.id, `${name}@ichinoseki.example`, areas],
          )
        )[0]?.id as string;
      const ownArea = await liaison('liaison-maikawa', ['舞川']);
      const otherArea = await liaison('liaison-yasaka', ['弥栄']);
      const deadlineId = await deadlineFor(['officer'], 'officers');

      workerClock.set(new Date('2025-10-15T09:00:00+09:00'));
      const result = await worker.get(ReminderDispatcher).remind({ deadlineId, daysBefore: 0 });
      expect(result).toEqual({ outcome: 'delivered', recipients: 2, inApp: 2, emails: 2 });
      const told = (await deliveriesOf(`reminder-${deadlineId}-0`)).map((delivery) => delivery.recipient_user_id);
      expect(new Set(told)).toEqual(new Set([tenant.users.officer.id, ownArea]));
      expect(told).not.toContain(otherArea);
      expect(told).not.toContain(otherTenant.users.officer.id);
      await clearDeadline(api.database, deadlineId);
    });

    it('tells no reviewer who is not assigned to the case, even one a deadline names', async () => {
      const deadlineId = await insertScheduledDeadline(api.database, {
        tenantId: tenant.id,
        caseId,
        kind: 'reviewDue',
        subject: tenant.users.reviewer.id,
        dueOn: '2025-10-15',
        remindRoles: ['reviewer'],
      });
      await relayed();
      workerClock.set(new Date('2025-10-15T09:00:00+09:00'));
      const result = await worker.get(ReminderDispatcher).remind({ deadlineId, daysBefore: 0 });
      expect(result).toEqual({ outcome: 'delivered', recipients: 0, inApp: 0, emails: 0 });
      await clearDeadline(api.database, deadlineId);
    });

    it('keeps an e-mail the SMTP server refused for another attempt, and sends each message once over both', async () => {
      workerClock.set(new Date('2025-10-01T12:00:00+09:00'));
      const deadlineId = await deadlineFor(['applicant', 'finance'], 'smtp-refusal');
      const key = `reminder-${deadlineId}-0`;
      workerClock.set(new Date('2025-10-15T09:00:00+09:00'));
      sink.beforeAccept = (mail) => {
        if (mail.to.includes(tenant.users.finance.email)) throw new Error('mailbox busy');
      };
      try {
        await expect(worker.get(ReminderDispatcher).remind({ deadlineId, daysBefore: 0 })).rejects.toThrow(`${key}: 1 e-mail(s) not accepted`);
      } finally {
        sink.beforeAccept = () => undefined;
      }
      expect(await deliveriesOf(key)).toEqual(
        expect.arrayContaining([
          { recipient_user_id: tenant.users.finance.id, channel: 'email', status: 'failed', attempts: 1, error: expect.stringContaining('mailbox busy') },
          { recipient_user_id: tenant.users.finance.id, channel: 'in_app', status: 'sent', attempts: 1, error: null },
          { recipient_user_id: tenant.users.applicant.id, channel: 'email', status: 'sent', attempts: 1, error: null },
        ]),
      );

      const retried = await worker.get(ReminderDispatcher).remind({ deadlineId, daysBefore: 0 });
      expect(retried).toEqual({ outcome: 'delivered', recipients: 2, inApp: 0, emails: 1 });
      expect(await deliveriesOf(key)).toContainEqual({ recipient_user_id: tenant.users.finance.id, channel: 'email', status: 'sent', attempts: 2, error: null });
      expect(sink.count(key, tenant.users.finance.email)).toBe(1);
      expect(sink.count(key, tenant.users.applicant.email)).toBe(1);
      await clearDeadline(api.database, deadlineId);
    });
  });

  describe('GET /me/notifications and POST /me/notifications/{id}/read', () => {
    it('lists only your own, newest first, a page at a time', async () => {
      const all = await (await as('applicant')).get('/me/notifications?limit=100').expect(200);
      expect(all.body.items.length).toBeGreaterThanOrEqual(3);
      const created = all.body.items.map((item: { createdAt: string }) => item.createdAt);
      expect([...created].sort().reverse()).toEqual(created);

      const first = await (await as('applicant')).get('/me/notifications?limit=1').expect(200);
      expect(first.body.items).toEqual([all.body.items[0]]);
      const second = await (await as('applicant')).get(`/me/notifications?limit=1&cursor=${first.body.nextCursor}`).expect(200);
      expect(second.body.items).toEqual([all.body.items[1]]);
      const last = await (await as('applicant')).get(`/me/notifications?limit=100&cursor=${first.body.nextCursor}`).expect(200);
      expect(last.body.nextCursor).toBeNull();

      const ids = new Set(all.body.items.map((item: { id: string }) => item.id));
      const officers = await (await as('officer')).get('/me/notifications?limit=100').expect(200);
      expect(officers.body.items.length).toBeGreaterThan(0);
      expect(officers.body.items.filter((item: { id: string }) => ids.has(item.id))).toEqual([]);
      expect((await (await as('otherApplicant')).get('/me/notifications').expect(200)).body).toEqual({ items: [], nextCursor: null });
    });

    it('marks your notification read once, and the unread filter leaves it out', async () => {
      const unread = await (await as('applicant')).get('/me/notifications?unread=true&limit=100').expect(200);
      const target = unread.body.items[0];
      expect(target.readAt).toBeNull();

      const read = await (await as('applicant')).post(`/me/notifications/${target.id}/read`).expect(200);
      expect(read.body).toEqual({ ...target, readAt: expect.any(String) });
      const again = await (await as('applicant')).post(`/me/notifications/${target.id}/read`).expect(200);
      expect(again.body.readAt).toBe(read.body.readAt);

      const stillUnread = await (await as('applicant')).get('/me/notifications?unread=true&limit=100').expect(200);
      expect(stillUnread.body.items.map((item: { id: string }) => item.id)).not.toContain(target.id);
      expect(stillUnread.body.items).toHaveLength(unread.body.items.length - 1);
    });

    it('answers 404 for anyone else’s notification, of the same municipality or another, and for none at all', async () => {
      const [target] = (await (await as('applicant')).get('/me/notifications').expect(200)).body.items;
      for (const [who, of] of [['otherApplicant', tenant], ['officer', tenant], ['applicant', otherTenant]] as const) {
        const response = await (await as(who, of)).post(`/me/notifications/${target.id}/read`);
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND', message: `notification ${target.id} not found` });
      }
      const missing = randomUUID();
      expect((await (await as('applicant')).post(`/me/notifications/${missing}/read`)).body).toMatchObject({ statusCode: 404, code: 'NOTIFICATION_NOT_FOUND' });
      const [stored] = await api.database.query<{ read_at: Date | null }>(`SELECT read_at FROM notification WHERE id = $1`, [target.id]);
      expect(stored?.read_at).not.toBeNull(); // read by its owner above, by nobody else since
    });

    it('refuses a malformed id, cursor, limit or unread, and a caller without a token', async () => {
      const applicant = await as('applicant');
      expect((await applicant.post('/me/notifications/not-a-uuid/read')).body).toMatchObject({ statusCode: 400, problems: [{ message: 'id must be a notification id (UUID)' }] });
      expect((await applicant.get('/me/notifications?cursor=bm90LWEtY3Vyc29y')).body).toMatchObject({ statusCode: 400, code: 'NOTIFICATION_INVALID_CURSOR' });
      expect((await applicant.get('/me/notifications?limit=0')).body).toMatchObject({ statusCode: 400, problems: [{ message: 'limit must be a whole number from 1 to 100' }] });
      expect((await applicant.get('/me/notifications?unread=yes')).body).toMatchObject({ statusCode: 400, problems: [{ message: 'unread must be true or false' }] });
      expect((await applicant.get('/me/notifications?mine=all')).status).toBe(400);
      await request(api.app.getHttpServer()).get('/me/notifications').expect(401);
      await request(api.app.getHttpServer()).post(`/me/notifications/${randomUUID()}/read`).expect(401);
    });
  });

  describe('e-mails in doubt', () => {
    it('the reconciler counts and reports e-mails claimed long ago and never confirmed, and not those just claimed', async () => {
      const reconcile = () => worker.get(ReminderReconciler).reconcile();
      const before = (await reconcile()).emailsInDoubt;
      const claim = (key: string, claimedAt: string) =>
        api.database.query(
          `INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status, created_at) VALUES ($1, $2, $3, 'email', 'sending', ${claimedAt})`,
          [tenant.id, key, tenant.users.officer.id],
        );
      // A worker killed an hour ago between the claim and the mail server's answer; another sending right now.
      await claim(`reminder-${randomUUID()}-0`, `now() - interval '1 hour'`);
      await claim(`reminder-${randomUUID()}-0`, 'now()');
      expect((await reconcile()).emailsInDoubt).toBe(before + 1);
    });
  });

  describe('database rules', () => {
    const asApplicationRole = (sql: string) => api.database.query(`BEGIN; SET LOCAL ROLE grants_app; ${sql}; COMMIT;`);

    it('lets the application role mark a notification read and nothing else of it', async () => {
      const [notification] = await api.database.query<{ id: string }>(`SELECT id FROM notification WHERE read_at IS NULL LIMIT 1`);
      await asApplicationRole(`UPDATE notification SET read_at = now() WHERE id = '${notification?.id}'`);
      expect(await api.database.query(`SELECT 1 FROM notification WHERE id = $1 AND read_at IS NOT NULL`, [notification?.id])).toHaveLength(1);
      await expect(asApplicationRole(`UPDATE notification SET body = 'rewritten' WHERE id = '${notification?.id}'`)).rejects.toThrow(/permission denied/);
      await expect(asApplicationRole(`DELETE FROM notification WHERE id = '${notification?.id}'`)).rejects.toThrow(/permission denied/);
      await expect(asApplicationRole(`DELETE FROM delivery`)).rejects.toThrow(/permission denied/);
    });

    it('holds one delivery per reminder, recipient and channel, and one notification per reminder and user', async () => {
      const { key } = firstReminder;
      await expect(
        api.database.query(`INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status) VALUES ($1, $2, $3, 'email', 'sending')`, [
          tenant.id,
          key,
          tenant.users.applicant.id,
        ]),
      ).rejects.toThrow(/duplicate key value violates unique constraint/);
      await expect(
        api.database.query(
          `INSERT INTO notification (tenant_id, user_id, case_id, deadline_id, reminder_key, kind, subject, body) VALUES ($1, $2, $3, $4, $5, 'reminder', 's', 'b')`,
          [tenant.id, tenant.users.applicant.id, firstReminder.caseId, firstReminder.deadlineId, key],
        ),
      ).rejects.toThrow(/duplicate key value violates unique constraint/);
      await expect(
        api.database.query(`INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status) VALUES ($1, 'k', $2, 'email', 'sent')`, [
          tenant.id,
          tenant.users.applicant.id,
        ]),
      ).rejects.toThrow(/violates check constraint/);
    });
  });
});
