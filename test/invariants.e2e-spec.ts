import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { seedProgram } from '#libs/programs';
import {
  type ApiTestApp,
  checkInvariants,
  type CheckInvariantsOptions,
  type ClientLedger,
  expectEventually,
  formatInvariantReport,
  INVARIANT_NAMES,
  type InvariantName,
  type InvariantReport,
  type SeededTenant,
  type SentMail,
  SettableClock,
  startApiTestApp,
  uniqueQueuePrefix,
} from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { RunningClock, SmtpSink, startWorkerTestApp, type WorkerTestApp } from './reminders-support.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');
const CONSENSUS = seedProgram('合意形成');

describe('the invariant checker (API and worker in process, real PostgreSQL, Redis and SMTP)', () => {
  const apiClock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  // Set three seconds before the reminder of the returned case, once the lifecycles below have ended.
  const workerClock = new RunningClock(new Date('2026-04-20T08:59:57+09:00'));
  /** The worker's hour has passed the reminder by more than the checker's grace of 2 minutes. */
  const now = new Date('2026-04-20T09:05:00+09:00');
  const ledger: ClientLedger = { opened: [], events: [], uploads: [] };
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let sink: SmtpSink;
  let worker: WorkerTestApp | undefined;
  let attachmentsDir: string;
  let mails: SentMail[];

  /** The cases each negative test breaks one thing of. */
  const cases = { paid: '', refunded: '', revoked: '', consultation: '', returned: '' };
  let upload: { attachmentId: string; sha256: string; path: string };
  let reminderKey: string;

  const as = (who: Who) => api.as(who);

  async function openCase(program: typeof SUPPORT, start: 'application' | 'consultation' = 'application'): Promise<string> {
    const response = await (await as('applicant')).post('/cases', { programCode: program.code, organizationId: tenant.organizationId, start });
    expect(response.status).toBe(201);
    ledger.opened.push(response.body.id);
    return response.body.id as string;
  }

  /** Sends an event; `papers` in the body are uploaded by the applicant first, as a person attaches them before sending. */
  async function send(
    caseId: string,
    who: Who,
    { papers, ...body }: { type: string; papers?: readonly string[]; [field: string]: unknown },
    on?: string,
    headers?: Record<string, string>,
  ): Promise<{ version: number; state: { code: string } }> {
    if (on) apiClock.setTokyoDate(on);
    for (const kind of papers ?? []) await uploadPdf(caseId, kind);
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body, headers);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    ledger.events.push({ caseId, type: body.type, versionAfter: response.body.version });
    return response.body;
  }

  async function uploadPdf(caseId: string, documentKind = SUPPORT.requiredDocuments.application[0] as string): Promise<{ attachmentId: string; sha256: string }> {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1500), Buffer.from('\n%%EOF\n')]);
    const response = await request(api.app.getHttpServer())
      .post(`/cases/${caseId}/attachments`)
      .set('Authorization', `Bearer ${await api.tokenOf('applicant')}`)
      .field('documentKind', documentKind)
      .attach('file', content, { filename: `${documentKind}.pdf`, contentType: 'application/pdf' });
    expect(response.status).toBe(201);
    expect(response.body.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    ledger.uploads.push({ caseId, attachmentId: response.body.id, sha256: response.body.sha256 });
    return { attachmentId: response.body.id, sha256: response.body.sha256 };
  }

  const filing = (program: typeof SUPPORT, planned: number, requested: number) => ({
    requestedAmount: requested,
    plannedExpenses: [{ category: program.eligibleExpenseCategories[0], amount: planned }],
    papers: program.requiredDocuments.application,
  });
  const report = (program: typeof SUPPORT, actual: number) => ({
    type: 'SUBMIT_REPORT',
    actualExpenses: [{ category: program.eligibleExpenseCategories[0], amount: actual }],
    papers: program.requiredDocuments.report,
    outcomes: '活動報告',
  });

  async function throughDecision(program: typeof SUPPORT, planned: number, decided: number, noticeNumber: string): Promise<string> {
    apiClock.setTokyoDate('2025-05-01');
    const caseId = await openCase(program);
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(program, planned, decided) }, '2025-05-10');
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' }, '2025-05-13');
    await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '妥当' }, '2025-05-20');
    await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: decided, conditions: [], noticeNumber }, '2025-05-30');
    return caseId;
  }

  beforeAll(async () => {
    attachmentsDir = await mkdtemp(join(tmpdir(), 'invariants-e2e-'));
    sink = await SmtpSink.start();
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock: apiClock, config: { attachmentsDir } });
    [tenant] = api.tenants as [SeededTenant];

    // 地域協働体支援事業補助金, paid in one 精算払 after 額の確定; its application papers uploaded first.
    apiClock.setTokyoDate('2025-05-01');
    cases.paid = await openCase(SUPPORT);
    const uploaded = await uploadPdf(cases.paid);
    await uploadPdf(cases.paid);
    const [stored] = await api.database.query<{ storage_key: string }>(`SELECT storage_key FROM attachment WHERE id = $1`, [uploaded.attachmentId]);
    upload = { ...uploaded, path: join(attachmentsDir, ...(stored?.storage_key ?? '').split('/')) };
    await send(cases.paid, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 160_000, 100_000) }, '2025-05-10');
    await send(cases.paid, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await send(cases.paid, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(cases.paid, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' }, '2025-05-13');
    await send(cases.paid, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    await send(cases.paid, 'approver', { type: 'DECIDE_GRANT', amount: 100_000, conditions: [], noticeNumber: '一協第10号' }, '2025-05-30');
    // Sent twice with one Idempotency-Key: the second answer is the first one replayed, and the ledger holds it twice.
    await send(cases.paid, 'applicant', { type: 'START_PROJECT' }, '2025-06-01', { 'Idempotency-Key': 'start-once' });
    await send(cases.paid, 'applicant', { type: 'START_PROJECT' }, '2025-06-01', { 'Idempotency-Key': 'start-once' });
    await send(cases.paid, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01');
    await send(cases.paid, 'applicant', report(SUPPORT, 120_000), '2025-12-10');
    await send(cases.paid, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第11号' }, '2025-12-20');
    expect((await send(cases.paid, 'finance', { type: 'RECORD_PAYMENT', amount: 80_000, paidOn: '2026-01-09', kind: 'finalPayment' }, '2026-01-09')).state.code).toBe('closed');

    // 合意形成: 前金払 of the whole grant, 実績報告 of less, 額の確定, and 返還 of the difference.
    cases.refunded = await throughDecision(CONSENSUS, 50_000, 50_000, '一協第20号');
    await send(cases.refunded, 'applicant', { type: 'START_PROJECT' }, '2025-06-02');
    await send(cases.refunded, 'applicant', { type: 'REQUEST_ADVANCE', amount: 50_000 });
    await send(cases.refunded, 'finance', { type: 'RECORD_PAYMENT', amount: 50_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
    await send(cases.refunded, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2026-01-30' }, '2026-02-02');
    await send(cases.refunded, 'applicant', report(CONSENSUS, 42_000), '2026-02-10');
    await send(cases.refunded, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第21号', refundOrderNumber: '一協第22号' }, '2026-02-20');
    expect((await send(cases.refunded, 'finance', { type: 'RECORD_REFUND', amount: 8_000, refundedOn: '2026-03-02' }, '2026-03-02')).state.code).toBe('closed');

    // 交付決定の取消 after an advance: the refund carries 加算金 (30,000 yen held 93 days at 10.95%: 837 yen).
    cases.revoked = await throughDecision(SUPPORT, 90_000, 60_000, '一協第30号');
    await send(cases.revoked, 'applicant', { type: 'START_PROJECT' }, '2025-06-02');
    await send(cases.revoked, 'applicant', { type: 'REQUEST_ADVANCE', amount: 30_000 });
    await send(cases.revoked, 'finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
    await send(cases.revoked, 'approver', { type: 'REVOKE', reason: '目的外使用', noticeNumber: '一協第31号', refundOrderNumber: '一協第32号' }, '2025-09-01');
    expect((await send(cases.revoked, 'finance', { type: 'RECORD_REFUND', amount: 30_837, refundedOn: '2025-09-10' }, '2025-09-10')).state.code).toBe('revoked');

    // 相談: notes and the summary that concludes it.
    apiClock.setTokyoDate('2025-04-10');
    cases.consultation = await openCase(SUPPORT, 'consultation');
    await send(cases.consultation, 'applicant', { type: 'ADD_NOTE', note: '公民館の使用料は対象になりますか' });
    await send(cases.consultation, 'officer', { type: 'CONCLUDE_CONSULTATION', summary: '申請へ進む' });

    // An administrator's change: the administrators' chain has an entry.
    expect((await (await as('admin')).post('/admin/closed-days', { date: '2031-01-06', reason: '庁舎点検' })).status).toBe(201);

    // Every deadline above has been cleared; the worker starts and the returned case's correction is due 2026-04-20.
    worker = await startWorkerTestApp(api.database.url, { prefix: uniqueQueuePrefix(), smtpUrl: sink.url, clock: workerClock });
    cases.returned = await throughSubmission('2026-04-13');
    workerClock.set(new Date('2026-04-20T08:59:57+09:00'));
    await send(cases.returned, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が不一致', dueOn: '2026-04-20' });
    const [deadline] = await api.database.query<{ id: string }>(`SELECT id FROM deadline WHERE case_id = $1 AND status = 'pending'`, [cases.returned]);
    reminderKey = `reminder-${deadline?.id}-0`;
    await expectEventually(async () => {
      expect(sink.count(reminderKey, tenant.users.applicant.email)).toBe(1);
      const sent = await api.database.query(`SELECT 1 FROM delivery WHERE reminder_key = $1 AND status = 'sent'`, [reminderKey]);
      expect(sent).toHaveLength(2);
    }, 20_000);
    mails = sink.accepted.map((mail) => ({ reminderKey: mail.reminderKey, to: mail.to }));
  }, 60_000);

  async function throughSubmission(on: string): Promise<string> {
    apiClock.setTokyoDate(on);
    const caseId = await openCase(SUPPORT);
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(SUPPORT, 90_000, 60_000) });
    return caseId;
  }

  afterAll(async () => {
    await worker?.close();
    await sink?.close();
    await api?.close();
    if (attachmentsDir) await rm(attachmentsDir, { recursive: true, force: true });
  });

  const check = (overrides: Partial<CheckInvariantsOptions> = {}): Promise<InvariantReport> =>
    checkInvariants(api.database.url, { ledger, mails, attachmentsDir, now, ...overrides });

  /** The report names this one invariant and subject, and nothing else. */
  function expectOnly(report: InvariantReport, invariant: InvariantName, subject: string): void {
    expect(report.violations.length).toBeGreaterThan(0);
    expect([...new Set(report.violations.map((violation) => `${violation.invariant} | ${violation.subject}`))]).toEqual([`${invariant} | ${subject}`]);
  }

  /** As the database owner in one session that fires no trigger: the append-only trail and attachments can be changed. */
  async function withoutTriggers(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
    const client = new pg.Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await client.query('SET session_replication_role = replica');
      await work(client);
    } finally {
      await client.end();
    }
  }

  /** Breaks something, checks, and puts it back whatever the check did. */
  async function whileBroken(breakIt: () => Promise<unknown>, repair: () => Promise<unknown>, options?: Partial<CheckInvariantsOptions>): Promise<InvariantReport> {
    await breakIt();
    try {
      return await check(options);
    } finally {
      await repair();
    }
  }

  it('finds every invariant intact after full lifecycles, uploads and a delivered reminder, having looked at something for each', async () => {
    const progress: Array<[number, number]> = [];
    const intact = await check({ onProgress: (done, total) => progress.push([done, total]) });
    expect(intact.violations).toEqual([]);
    expect(intact.emailsInDoubt).toEqual([]);
    expect(INVARIANT_NAMES.filter((name) => intact.checked[name] === 0)).toEqual([]);
    expect(intact.checked['case-version-matches-trail']).toBe(5);
    expect(intact.checked['reminder-not-lost']).toBe(1);
    expect(progress).toEqual([[0, 5], [5, 5]]);
    expect(formatInvariantReport(intact)[0]).toBe(`Invariants: all ${INVARIANT_NAMES.length} hold`);
  });

  it('skips reminder-not-lost without an instant to judge reminders at', async () => {
    const report = await check({ now: undefined });
    expect(report.violations).toEqual([]);
    expect(report.checked['reminder-not-lost']).toBe(0);
  });

  describe('names the one invariant broken, and what', () => {
    it('accepted-event-audited-once: an event answered with a version the trail never reached', async () => {
      const report = await check({ ledger: { ...ledger, events: [...ledger.events, { caseId: cases.paid, type: 'RECORD_PAYMENT', versionAfter: 99 }] } });
      expectOnly(report, 'accepted-event-audited-once', `case ${cases.paid}`);
      expect(report.violations[0]?.detail).toMatch(/^RECORD_PAYMENT answered with version 99, but the trail has no entry for that version/);
    });

    it('accepted-event-audited-once: an event answered with a version whose entry is another event', async () => {
      const report = await check({ ledger: { ...ledger, events: [...ledger.events, { caseId: cases.consultation, type: 'WITHDRAW', versionAfter: 3 }] } });
      expectOnly(report, 'accepted-event-audited-once', `case ${cases.consultation}`);
      expect(report.violations.map((violation) => violation.detail)).toEqual([
        'ADD_NOTE, WITHDRAW were all answered with version 3',
        'WITHDRAW answered with version 3, but the entry of that version (sequence 2) is ADD_NOTE',
      ]);
    });

    it('accepted-event-audited-once: a case opened (201) that does not exist', async () => {
      const ghost = randomUUID();
      expectOnly(await check({ ledger: { ...ledger, opened: [...ledger.opened, ghost] } }), 'accepted-event-audited-once', `case ${ghost}`);
    });

    it('case-version-matches-trail: a case whose version moved without an entry', async () => {
      const report = await whileBroken(
        () => api.database.query(`UPDATE grant_case SET version = version + 1 WHERE id = $1`, [cases.paid]),
        () => api.database.query(`UPDATE grant_case SET version = version - 1 WHERE id = $1`, [cases.paid]),
      );
      expectOnly(report, 'case-version-matches-trail', `case ${cases.paid}`);
    });

    it('case-version-matches-trail: an amount column that disagrees with the snapshot', async () => {
      const report = await whileBroken(
        () => api.database.query(`UPDATE grant_case SET requested_amount = requested_amount + 1 WHERE id = $1`, [cases.revoked]),
        () => api.database.query(`UPDATE grant_case SET requested_amount = requested_amount - 1 WHERE id = $1`, [cases.revoked]),
      );
      expectOnly(report, 'case-version-matches-trail', `case ${cases.revoked}`);
      expect(report.violations[0]?.detail).toBe('requested amount 60001 in the column, 60000 in the snapshot');
    });

    it('audit-chain-verifies: an entry the owner rewrote', async () => {
      const change = (interval: string) =>
        withoutTriggers((client) =>
          client.query(`UPDATE audit_entry SET occurred_at = occurred_at + $2::interval WHERE case_id = $1 AND event_type = 'ASSIGN_REVIEWER'`, [cases.refunded, interval]),
        );
      const report = await whileBroken(() => change('1 second'), () => change('-1 second'));
      expectOnly(report, 'audit-chain-verifies', `case ${cases.refunded}`);
      // START_APPLICATION, the four papers 合意形成 asks for, SUBMIT, ACCEPT, then ASSIGN_REVIEWER.
      expect(report.violations[0]?.detail).toMatch(/\(sequence 8\): hash does not match its content$/);
    });

    it("administration-chain-verifies: an administrator's entry the owner rewrote", async () => {
      const report = await whileBroken(
        () => withoutTriggers((client) => client.query(`UPDATE administration_entry SET payload = payload || '{"forged": true}' WHERE tenant_id = $1`, [tenant.id])),
        () => withoutTriggers((client) => client.query(`UPDATE administration_entry SET payload = payload - 'forged' WHERE tenant_id = $1`, [tenant.id])),
      );
      expectOnly(report, 'administration-chain-verifies', `tenant ${tenant.id}`);
    });

    it('money-agrees: a payment whose amount the owner changed', async () => {
      const report = await whileBroken(
        () => api.database.query(`UPDATE money_movement SET amount = amount + 1 WHERE case_id = $1`, [cases.paid]),
        () => api.database.query(`UPDATE money_movement SET amount = amount - 1 WHERE case_id = $1`, [cases.paid]),
      );
      expectOnly(report, 'money-agrees', `case ${cases.paid}`);
      expect(report.violations.map((violation) => violation.detail)).toEqual([
        'money_movement has 1 payments of 80001 yen, the snapshot 1 of 80000 yen',
        'closed with 80001 yen paid, not the 80000 yen confirmed',
        // Two uploads and three papers before the application, four papers with the report, the rest events.
        'payment of 80001 yen (audit sequence 21), but its entry records 80000 yen',
      ]);
    });

    it('money-agrees: a refund without its movement row', async () => {
      const [refund] = await api.database.query<Record<string, unknown>>(`SELECT * FROM money_movement WHERE case_id = $1 AND kind = 'refund'`, [cases.revoked]);
      const report = await whileBroken(
        () => api.database.query(`DELETE FROM money_movement WHERE id = $1`, [refund?.id]),
        () =>
          api.database.query(
            `INSERT INTO money_movement (id, tenant_id, case_id, kind, payment_kind, amount, moved_on, recorded_by, recorded_at, audit_sequence)
             SELECT id, tenant_id, case_id, kind, payment_kind, amount, moved_on, recorded_by, recorded_at, audit_sequence FROM json_populate_record(NULL::money_movement, $1)`,
            [JSON.stringify(refund)],
          ),
      );
      expectOnly(report, 'money-agrees', `case ${cases.revoked}`);
      expect(report.violations.map((violation) => violation.detail)).toEqual([
        'money_movement has 0 refunds of 0 yen, the snapshot 1 of 30837 yen',
        'revoked with 30000 yen paid and only 0 yen refunded',
        expect.stringMatching(/^RECORD_REFUND \(sequence \d+\) has no money_movement row$/),
      ]);
    });

    it('upload-stored-and-audited: a stored file whose content changed on disk', async () => {
      const original = await readFile(upload.path);
      const forged = Buffer.from(original);
      forged[20] = (forged[20] ?? 0) ^ 0xff;
      const report = await whileBroken(() => writeFile(upload.path, forged), () => writeFile(upload.path, original));
      expectOnly(report, 'upload-stored-and-audited', `attachment ${upload.attachmentId}`);
      expect(report.violations[0]?.detail).toBe(`its file hashes to ${createHash('sha256').update(forged).digest('hex')}, the row says ${upload.sha256}`);
    });

    it('upload-stored-and-audited: an attachment row without its audit entry', async () => {
      const stray = randomUUID();
      const report = await whileBroken(
        () =>
          api.database.query(
            `INSERT INTO attachment (id, tenant_id, case_id, document_kind, original_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at)
             SELECT $1::uuid, tenant_id, case_id, document_kind, 'stray.pdf', media_type, size_bytes, sha256, tenant_id || '/' || case_id || '/' || $1::text, uploaded_by, uploaded_at
               FROM attachment WHERE id = $2`,
            [stray, upload.attachmentId],
          ),
        () => withoutTriggers((client) => client.query(`DELETE FROM attachment WHERE id = $1`, [stray])),
        { attachmentsDir: undefined },
      );
      expectOnly(report, 'upload-stored-and-audited', `attachment ${stray}`);
      expect(report.violations[0]?.detail).toBe(`case ${cases.paid} has 0 ATTACH_DOCUMENT entries for it, not one`);
    });

    it('upload-stored-and-audited: an upload answered 201 that was never stored', async () => {
      const ghost = randomUUID();
      const report = await check({ ledger: { ...ledger, uploads: [...ledger.uploads, { caseId: cases.paid, attachmentId: ghost, sha256: upload.sha256 }] } });
      expectOnly(report, 'upload-stored-and-audited', `attachment ${ghost}`);
    });

    it('reminder-sent-once: one reminder e-mailed twice to one address', async () => {
      const report = await check({ mails: [...mails, ...mails.filter((mail) => mail.reminderKey === reminderKey)] });
      expectOnly(report, 'reminder-sent-once', `reminder ${reminderKey}`);
      expect(report.violations[0]?.detail).toBe(`e-mailed to ${tenant.users.applicant.email} 2 times`);
    });

    it('reminder-sent-once: two in-app deliveries of one reminder to one user', async () => {
      const report = await whileBroken(
        async () => {
          await api.database.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_reminder_key_recipient_user_id_channel_key`);
          await api.database.query(
            `INSERT INTO delivery (tenant_id, reminder_key, recipient_user_id, channel, status, sent_at)
             SELECT tenant_id, reminder_key, recipient_user_id, channel, status, sent_at FROM delivery WHERE reminder_key = $1 AND channel = 'in_app'`,
            [reminderKey],
          );
        },
        async () => {
          await api.database.query(`DELETE FROM delivery WHERE id = (SELECT max(id) FROM delivery WHERE reminder_key = $1 AND channel = 'in_app')`, [reminderKey]);
          await api.database.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_reminder_key_recipient_user_id_channel_key UNIQUE (reminder_key, recipient_user_id, channel)`);
        },
      );
      expectOnly(report, 'reminder-sent-once', `reminder ${reminderKey}`);
      expect(report.violations[0]?.detail).toBe(`2 in_app deliveries to user ${tenant.users.applicant.id}`);
    });

    it('reminder-not-lost: a reminder whose e-mail never left', async () => {
      const setEmail = (status: 'sent' | 'failed') =>
        api.database.query(`UPDATE delivery SET status = $2, sent_at = CASE WHEN $2 = 'sent' THEN now() END WHERE reminder_key = $1 AND channel = 'email'`, [reminderKey, status]);
      const report = await whileBroken(() => setEmail('failed'), () => setEmail('sent'));
      expectOnly(report, 'reminder-not-lost', `reminder ${reminderKey}`);
      expect(report.violations[0]?.detail).toBe(`due 2026-04-20T00:00:00.000Z to applicant ${tenant.users.applicant.id}: email failed`);
    });

    it('reminder-not-lost: an e-mail claimed and never confirmed (a worker killed while sending) is in doubt, not a violation', async () => {
      const setEmail = (status: 'sent' | 'sending') =>
        api.database.query(`UPDATE delivery SET status = $2, sent_at = CASE WHEN $2 = 'sent' THEN now() END WHERE reminder_key = $1 AND channel = 'email'`, [reminderKey, status]);
      const report = await whileBroken(() => setEmail('sending'), () => setEmail('sent'));
      expect(report.violations).toEqual([]);
      expect(report.emailsInDoubt).toEqual([`reminder ${reminderKey} to applicant ${tenant.users.applicant.id}: accepted by the sink`]);
    });

    it('reminder-not-lost: judged before its grace is over, the same reminder is not yet owed', async () => {
      const report = await whileBroken(
        () => api.database.query(`UPDATE delivery SET status = 'failed', sent_at = NULL WHERE reminder_key = $1 AND channel = 'email'`, [reminderKey]),
        () => api.database.query(`UPDATE delivery SET status = 'sent', sent_at = now() WHERE reminder_key = $1 AND channel = 'email'`, [reminderKey]),
        { now: new Date('2026-04-20T09:01:00+09:00') },
      );
      expect(report.violations).toEqual([]);
    });

    it('case-whole: a note the event wrote has gone', async () => {
      const [note] = await api.database.query<Record<string, unknown>>(`SELECT * FROM consultation_note WHERE case_id = $1 AND kind = 'note'`, [cases.consultation]);
      const report = await whileBroken(
        () => api.database.query(`DELETE FROM consultation_note WHERE id = $1`, [note?.id]),
        () => api.database.query(`INSERT INTO consultation_note SELECT * FROM json_populate_record(NULL::consultation_note, $1)`, [JSON.stringify(note)]),
      );
      expectOnly(report, 'case-whole', `case ${cases.consultation}`);
      expect(report.violations[0]?.detail).toBe('ADD_NOTE (sequence 2) has no consultation_note row');
    });

    it('case-whole: a notice whose content no longer matches its audit entry', async () => {
      const report = await whileBroken(
        () => api.database.query(`UPDATE notice SET content = content || '{"forged": true}' WHERE case_id = $1 AND kind = 'grantDecision'`, [cases.paid]),
        () => api.database.query(`UPDATE notice SET content = content - 'forged' WHERE case_id = $1 AND kind = 'grantDecision'`, [cases.paid]),
      );
      expectOnly(report, 'case-whole', `case ${cases.paid}`);
      // DECIDE_GRANT follows START_APPLICATION, five uploads, SUBMIT, ACCEPT, ASSIGN_REVIEWER, AFFIRM_NO_CONFLICT and SUBMIT_REVIEW.
      expect(report.violations[0]?.detail).toBe('notice grantDecision 一協第10号 no longer has the content its audit entry (sequence 12) records');
    });

    it('case-whole: an Idempotency-Key answer naming a version the case never reached', async () => {
      const setVersion = (version: number) =>
        api.database.query(`UPDATE idempotency_key SET response_body = jsonb_set(response_body, '{version}', to_jsonb($1::int)) WHERE key = 'start-once'`, [version]);
      const [stored] = await api.database.query<{ version: number }>(`SELECT (response_body->>'version')::int AS version FROM idempotency_key WHERE key = 'start-once'`);
      expect(stored?.version).toBe(9);
      const report = await whileBroken(() => setVersion(99), () => setVersion(9));
      expectOnly(report, 'case-whole', `case ${cases.paid}`);
      expect(report.violations[0]?.detail).toBe(`Idempotency-Key start-once of user ${tenant.users.applicant.id} keeps an answer at version 99, a version the case never reached (it is at 13)`);
    });

    it('reviewer-declared-first: an assignment whose declaration of no conflict the snapshot lost', async () => {
      const setDeclared = (declared: boolean) =>
        api.database.query(`UPDATE grant_case SET snapshot = jsonb_set(snapshot, '{context,reviewers,0,affirmedNoConflict}', to_jsonb($2::boolean)) WHERE id = $1`, [
          cases.paid,
          declared,
        ]);
      const report = await whileBroken(() => setDeclared(false), () => setDeclared(true));
      expectOnly(report, 'reviewer-declared-first', `case ${cases.paid}`);
      expect(report.violations[0]?.detail).toBe(`reviewer ${tenant.users.reviewer.id} is not declared in the snapshot, but the trail has 1 declarations of no conflict`);
    });
  });

  it('lines up a broken report for a terminal: the verdict, every invariant, and the violations under the broken one', async () => {
    const report = await check({ ledger: { ...ledger, opened: [...ledger.opened, '00000000-0000-4000-8000-000000000000'] } });
    const lines = formatInvariantReport(report);
    expect(lines[0]).toBe(`Invariants: 1 of ${INVARIANT_NAMES.length} broken, 1 violation(s)`);
    expect(lines).toHaveLength(1 + INVARIANT_NAMES.length + 1);
    expect(lines.find((line) => line.includes('accepted-event-audited-once'))).toMatch(/BROKEN\s+\d+ checked, 1 violation\(s\)$/);
    expect(lines).toContain('      case 00000000-0000-4000-8000-000000000000: opened (201), but the case does not exist');
  });
});
