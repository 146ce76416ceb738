import { attachPapers } from '#libs/testing/case-papers';
import { problemMessages } from '#libs/testing/problem-messages';
import pg from 'pg';
import request from 'supertest';
import { type DocumentKind, seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'] | 'thirdReviewer';

const SUPPORT = seedProgram('協働支援');
const LEDGER_TABLES = ['expense_line', 'money_movement', 'consultation_note', 'review'] as const;

describe('case ledgers: expense lines, payments and refunds, notes, reviews (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  let thirdReviewerId: string;
  const clock = new SettableClock(new Date('2025-04-10T12:00:00+09:00'));

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock });
    [tenant, otherTenant] = api.tenants;
    // Two reviewers who review and one who declares a conflict: the seed has two.
    const [third] = await api.database.query<{ id: string }>(
      `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role)
       SELECT tenant_id, 'third-reviewer@ichinoseki.example', 'third-reviewer', password_hash, 'reviewer' FROM app_user WHERE id = $1
       RETURNING id`,
      [tenant.users.reviewer.id],
    );
    thirdReviewerId = third?.id as string;
  });

  afterAll(() => api?.close());

  const as = (who: Who, of: SeededTenant = tenant) => api.as(who === 'thirdReviewer' ? { email: `third-reviewer@${of.code}.example` } : who, of);

  async function openCase(start: 'consultation' | 'application') {
    const response = await (await as('applicant')).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  /** Sends an event; `papers` in the body are attached by the applicant first, as a person attaches them before sending. */
  async function send(caseId: string, who: Who, { papers, ...body }: { type: string; papers?: readonly DocumentKind[]; [field: string]: unknown }, on?: string) {
    if (on) clock.setTokyoDate(on);
    if (papers) await attachPapers(await as('applicant'), caseId, papers);
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  const ledgerCounts = async (caseId: string) =>
    Object.fromEntries(
      await Promise.all(
        LEDGER_TABLES.map(async (table) => {
          const [row] = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]);
          return [table, row?.n] as const;
        }),
      ),
    );

  const firstPlan = [
    { category: '報償費', amount: 90_000 },
    { category: '食糧費', amount: 10_000 },
  ];
  const resubmittedPlan = [
    { category: '報償費', amount: 120_000 },
    { category: '使用料及び賃借料', amount: 30_000 },
    { category: '食糧費', amount: 8_000 },
  ];
  const actualLines = [
    { category: '報償費', amount: 45_000 },
    { category: '使用料及び賃借料', amount: 15_000 },
    { category: '食糧費', amount: 6_000 },
  ];

  describe('a consultation, and a case through two plans, three reviewers, two advances and a refund', () => {
    let consultationId: string;
    let caseId: string;
    let refusedPayment: request.Response;
    let countsBeforeRefusal: Record<string, number | undefined>;
    let countsAfterRefusal: Record<string, number | undefined>;

    beforeAll(async () => {
      clock.setTokyoDate('2025-04-10');
      consultationId = await openCase('consultation');
      await send(consultationId, 'applicant', { type: 'ADD_NOTE', note: '公民館の使用料は対象になりますか' }, '2025-04-15');
      await send(consultationId, 'officer', { type: 'ADD_NOTE', note: '使用料及び賃借料として対象です' }, '2025-04-16');
      await send(consultationId, 'officer', { type: 'CONCLUDE_CONSULTATION', summary: '講演会の開催で申請へ進む' }, '2025-04-20');

      clock.setTokyoDate('2025-05-01');
      caseId = await openCase('application');
      await send(caseId, 'applicant', { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: firstPlan, papers: SUPPORT.requiredDocuments.application }, '2025-05-10');
      await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '会場費の計上漏れ' }, '2025-05-12');
      await send(caseId, 'applicant', { type: 'RESUBMIT', requestedAmount: 100_000, plannedExpenses: resubmittedPlan }, '2025-05-14');
      await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-15');
      for (const reviewerId of [tenant.users.reviewer.id, tenant.users.secondReviewer.id, thirdReviewerId]) {
        await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId });
      }
      await send(caseId, 'secondReviewer', { type: 'DECLARE_CONFLICT', reason: '申請団体の役員と親族関係にある' }, '2025-05-16');
      await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
      await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }, { criterion: '実現性', score: 3 }], comment: '計画は妥当' }, '2025-05-20');
      await send(caseId, 'thirdReviewer', { type: 'AFFIRM_NO_CONFLICT' });
      await send(caseId, 'thirdReviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 5 }, { criterion: '実現性', score: 4 }], comment: '' }, '2025-05-21');
      await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 100_000, conditions: [], noticeNumber: '一協第12号' }, '2025-05-30');
      await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01');
      await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 50_000 });

      countsBeforeRefusal = await ledgerCounts(caseId);
      clock.setTokyoDate('2025-06-10');
      refusedPayment = await (await as('finance')).post(`/cases/${caseId}/events`, { type: 'RECORD_PAYMENT', amount: 120_000, paidOn: '2025-06-10', kind: 'prepayment' });
      countsAfterRefusal = await ledgerCounts(caseId);

      await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
      // Paid on 07-10, recorded by finance four days later: the ledger keeps the day the money moved.
      await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 20_000, paidOn: '2025-07-10', kind: 'estimatedPayment' }, '2025-07-14');
      await send(caseId, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01');
      await send(caseId, 'applicant', { type: 'SUBMIT_REPORT', actualExpenses: actualLines, papers: SUPPORT.requiredDocuments.report, outcomes: '講演会 2回' }, '2025-12-10');
      // 2/3 of the 60,000 yen eligible (食糧費 is not): 40,000 confirmed, 50,000 paid, 10,000 to refund.
      const confirmed = await send(caseId, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第40号', refundOrderNumber: '一協第41号' }, '2025-12-20');
      expect(confirmed.amounts).toMatchObject({ confirmed: 40_000, paid: 50_000 });
      const closed = await send(caseId, 'finance', { type: 'RECORD_REFUND', amount: 10_000, refundedOn: '2026-01-08' }, '2026-01-08');
      expect(closed.state.code).toBe('closed');
    });

    it('keeps both planned revisions, each line as sent, and the report lines as the actual revision', async () => {
      const rows = await api.database.query(
        `SELECT tenant_id, phase, revision, position, category, amount::int AS amount FROM expense_line WHERE case_id = $1 ORDER BY phase DESC, revision, position`,
        [caseId],
      );
      const asRows = (phase: string, revision: number, lines: typeof firstPlan) =>
        lines.map((line, position) => ({ tenant_id: tenant.id, phase, revision, position, ...line }));
      expect(rows).toEqual([...asRows('planned', 1, firstPlan), ...asRows('planned', 2, resubmittedPlan), ...asRows('actual', 1, actualLines)]);
    });

    it('answers the resubmitted plan as current, the first as earlier, with totals by category and what is eligible', async () => {
      const response = await (await as('officer')).get(`/cases/${caseId}/expenses`).expect(200);
      const { planned, actual, earlierRevisions } = response.body;
      expect(planned).toMatchObject({
        phase: 'planned',
        revision: 2,
        eventType: 'RESUBMIT',
        recordedOn: '2025-05-14',
        recordedOnJa: '令和7年5月14日',
        total: 158_000,
        eligibleTotal: 150_000,
      });
      expect(planned.lines).toEqual([
        { position: 0, category: '報償費', amount: 120_000, eligible: true },
        { position: 1, category: '使用料及び賃借料', amount: 30_000, eligible: true },
        { position: 2, category: '食糧費', amount: 8_000, eligible: false },
      ]);
      expect(actual).toMatchObject({ phase: 'actual', revision: 1, eventType: 'SUBMIT_REPORT', total: 66_000, eligibleTotal: 60_000 });
      expect(actual.totalsByCategory).toEqual([
        { category: '報償費', amount: 45_000, eligible: true },
        { category: '使用料及び賃借料', amount: 15_000, eligible: true },
        { category: '食糧費', amount: 6_000, eligible: false },
      ]);
      expect(earlierRevisions).toHaveLength(1);
      expect(earlierRevisions[0]).toMatchObject({ phase: 'planned', revision: 1, eventType: 'SUBMIT', total: 100_000, eligibleTotal: 90_000 });
      // The decision was 2/3 of the current plan's eligible total, and the confirmation 2/3 of the report's.
      const view = await (await as('officer')).get(`/cases/${caseId}`).expect(200);
      expect(view.body.amounts).toMatchObject({ decided: Math.floor((planned.eligibleTotal * 2) / 3), confirmed: Math.floor((actual.eligibleTotal * 2) / 3) });
    });

    it('holds the two advances and the refund on the days the money moved, with their kinds, and paid − refunded equals the confirmed amount', async () => {
      const rows = await api.database.query(
        `SELECT kind, payment_kind, amount::int AS amount, to_char(moved_on, 'YYYY-MM-DD') AS moved_on, recorded_by FROM money_movement WHERE case_id = $1 ORDER BY audit_sequence`,
        [caseId],
      );
      expect(rows).toEqual([
        { kind: 'payment', payment_kind: 'prepayment', amount: 30_000, moved_on: '2025-06-10', recorded_by: tenant.users.finance.id },
        { kind: 'payment', payment_kind: 'estimatedPayment', amount: 20_000, moved_on: '2025-07-10', recorded_by: tenant.users.finance.id },
        { kind: 'refund', payment_kind: 'refund', amount: 10_000, moved_on: '2026-01-08', recorded_by: tenant.users.finance.id },
      ]);

      const response = await (await as('finance')).get(`/cases/${caseId}/payments`).expect(200);
      expect(
        response.body.payments.map((payment: { amount: number; on: string; onJa: string; kindJa: string }) => [payment.amount, payment.on, payment.onJa, payment.kindJa]),
      ).toEqual([
        [30_000, '2025-06-10', '令和7年6月10日', '前金払'],
        [20_000, '2025-07-10', '令和7年7月10日', '概算払'],
      ]);
      expect(response.body.refunds).toEqual([
        expect.objectContaining({ amount: 10_000, on: '2026-01-08', onJa: '令和8年1月8日', recordedBy: tenant.users.finance.id }),
      ]);
      expect(response.body.totals).toEqual({ paid: 50_000, refunded: 10_000, balance: 40_000 });
      expect(response.body.amounts).toEqual({ requested: 100_000, decided: 100_000, confirmed: 40_000 });
      // The case view's own figures, from the snapshot, agree with the table.
      const view = await (await as('finance')).get(`/cases/${caseId}`).expect(200);
      expect(view.body.amounts).toMatchObject({ paid: 50_000, refunded: 10_000, confirmed: response.body.totals.balance });
    });

    it('holds the consultation notes and the concluding summary with their authors', async () => {
      const rows = await api.database.query(`SELECT author_id, author_role, kind, body FROM consultation_note WHERE case_id = $1 ORDER BY audit_sequence`, [consultationId]);
      expect(rows).toEqual([
        { author_id: tenant.users.applicant.id, author_role: 'applicant', kind: 'note', body: '公民館の使用料は対象になりますか' },
        { author_id: tenant.users.officer.id, author_role: 'officer', kind: 'note', body: '使用料及び賃借料として対象です' },
        { author_id: tenant.users.officer.id, author_role: 'officer', kind: 'summary', body: '講演会の開催で申請へ進む' },
      ]);
      const response = await (await as('applicant')).get(`/cases/${consultationId}/notes`).expect(200);
      expect(response.body.map((note: { kind: string; body: string; writtenOn: string }) => [note.kind, note.writtenOn])).toEqual([
        ['note', '2025-04-15'],
        ['note', '2025-04-16'],
        ['summary', '2025-04-20'],
      ]);
      expect(response.body[2]).toMatchObject({ authorId: tenant.users.officer.id, authorRole: 'officer', writtenOnJa: '令和7年4月20日' });
    });

    it('holds both reviews with their scores and the conflict declaration with its reason only', async () => {
      const rows = await api.database.query(
        `SELECT reviewer_id, kind, scores, comment, conflict_reason FROM review WHERE case_id = $1 ORDER BY audit_sequence`,
        [caseId],
      );
      expect(rows).toEqual([
        { reviewer_id: tenant.users.secondReviewer.id, kind: 'conflict', scores: null, comment: null, conflict_reason: '申請団体の役員と親族関係にある' },
        {
          reviewer_id: tenant.users.reviewer.id,
          kind: 'review',
          scores: [{ criterion: '公益性', score: 4 }, { criterion: '実現性', score: 3 }],
          comment: '計画は妥当',
          conflict_reason: null,
        },
        {
          reviewer_id: thirdReviewerId,
          kind: 'review',
          scores: [{ criterion: '公益性', score: 5 }, { criterion: '実現性', score: 4 }],
          comment: '',
          conflict_reason: null,
        },
      ]);
    });

    it.each([
      ['officer', ['all', 'all', 'all']],
      ['approver', ['all', 'all', 'all']],
      ['reviewer', ['hidden', 'own', 'hidden']],
      ['applicant', ['hidden', 'hidden', 'hidden']],
      ['finance', ['hidden', 'hidden', 'hidden']],
    ] as const)("keeps the reviews' content out of the history for %s as /reviews does", async (who, expected) => {
      const history = await (await as(who)).get(`/cases/${caseId}/history`).expect(200);
      const reviews = history.body.filter((entry: { eventType: string }) => ['SUBMIT_REVIEW', 'DECLARE_CONFLICT'].includes(entry.eventType));
      expect(reviews.map((entry: { payload: unknown }) => (entry.payload === null ? 'hidden' : 'shown'))).toEqual(
        expected.map((visibility) => (visibility === 'hidden' ? 'hidden' : 'shown')),
      );
      const own = reviews.filter((entry: { payload: unknown }) => entry.payload !== null);
      if (who === 'reviewer') expect(own.map((entry: { actorUserId: string }) => entry.actorUserId)).toEqual([tenant.users.reviewer.id]);
      expect(history.body.filter((entry: { eventType: string }) => entry.eventType === 'DECIDE_GRANT')[0]?.payload).not.toBeNull();
    });

    it('traces every ledger row to an audit entry of the same case and tenant whose event wrote it', async () => {
      const expected: Record<string, Record<string, string[]>> = {
        expense_line: { planned: ['SUBMIT', 'RESUBMIT'], actual: ['SUBMIT_REPORT'] },
        money_movement: { payment: ['RECORD_PAYMENT'], refund: ['RECORD_REFUND'] },
        consultation_note: { note: ['ADD_NOTE'], summary: ['CONCLUDE_CONSULTATION'] },
        review: { review: ['SUBMIT_REVIEW'], conflict: ['DECLARE_CONFLICT'] },
      };
      for (const table of LEDGER_TABLES) {
        const kindColumn = table === 'expense_line' ? 'phase' : 'kind';
        const rows = await api.database.query<{ kind: string; event_type: string | null; tenant_matches: boolean | null }>(
          `SELECT l.${kindColumn} AS kind, e.event_type, e.tenant_id = l.tenant_id AS tenant_matches
             FROM ${table} l LEFT JOIN audit_entry e ON e.case_id = l.case_id AND e.sequence = l.audit_sequence
            WHERE l.case_id = ANY($1)`,
          [[consultationId, caseId]],
        );
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect({ table, kind: row.kind, tenantMatches: row.tenant_matches, eventMatches: expected[table]?.[row.kind]?.includes(row.event_type ?? '') }).toEqual({
            table,
            kind: row.kind,
            tenantMatches: true,
            eventMatches: true,
          });
        }
      }
      // One row per money, note or review event, and one revision per filing or report.
      const countsOf = async (id: string) => {
        const [counts] = await api.database.query(
        `SELECT count(*) FILTER (WHERE event_type IN ('RECORD_PAYMENT', 'RECORD_REFUND'))::int AS movements,
                count(*) FILTER (WHERE event_type IN ('ADD_NOTE', 'CONCLUDE_CONSULTATION'))::int AS notes,
                count(*) FILTER (WHERE event_type IN ('SUBMIT_REVIEW', 'DECLARE_CONFLICT'))::int AS reviews,
                count(*) FILTER (WHERE event_type IN ('SUBMIT', 'RESUBMIT', 'SUBMIT_REPORT'))::int AS revisions
           FROM audit_entry WHERE case_id = $1`,
          [id],
        );
        return counts;
      };
      expect(await countsOf(consultationId)).toEqual({ movements: 0, notes: 3, reviews: 0, revisions: 0 });
      expect(await countsOf(caseId)).toEqual({ movements: 3, notes: 0, reviews: 3, revisions: 3 });
      expect(await ledgerCounts(caseId)).toMatchObject({ money_movement: 3, review: 3 });
      const [revisions] = await api.database.query(`SELECT count(DISTINCT audit_sequence)::int AS n FROM expense_line WHERE case_id = $1`, [caseId]);
      expect(revisions?.n).toBe(3);
    });

    it('writes no ledger row for a refused payment above the decision', () => {
      expect(refusedPayment.status).toBe(422);
      expect(problemMessages(refusedPayment.body)).toEqual(['amount 120,000 yen is above the advance requested and unpaid, 50,000 yen']);
      expect(countsAfterRefusal).toEqual(countsBeforeRefusal);
      expect(countsBeforeRefusal).toEqual({ expense_line: 5, money_movement: 0, consultation_note: 0, review: 3 });
    });

    describe('who reads them', () => {
      const ledgers = ['expenses', 'payments', 'notes'] as const;

      it.each(['applicant', 'officer', 'reviewer', 'approver', 'finance'] as const)(
        'lets the %s, who sees the case, read its expenses, payments and notes',
        async (who) => {
          for (const ledger of ledgers) expect([ledger, (await (await as(who)).get(`/cases/${caseId}/${ledger}`)).status]).toEqual([ledger, 200]);
        },
      );

      it("answers another organization's applicant, another municipality's staff and a reviewer no longer assigned with 404, on every ledger", async () => {
        for (const ledger of [...ledgers, 'reviews']) {
          for (const [who, of] of [['otherApplicant', tenant], ['officer', otherTenant], ['approver', otherTenant], ['secondReviewer', tenant]] as const) {
            const response = await (await as(who, of)).get(`/cases/${caseId}/${ledger}`);
            expect([ledger, who, of.code, response.status, response.body.code]).toEqual([ledger, who, of.code, 404, 'CASE_NOT_FOUND']);
          }
        }
      });

      it('answers an administrator with 403 naming who reads cases', async () => {
        const response = await (await as('admin')).get(`/cases/${caseId}/payments`);
        expect(response.status).toBe(403);
        expect(response.body.allowedRoles).toEqual(['applicant', 'officer', 'reviewer', 'approver', 'finance']);
      });

      it('shows officers and approvers every review and conflict declaration', async () => {
        for (const who of ['officer', 'approver'] as const) {
          const response = await (await as(who)).get(`/cases/${caseId}/reviews`).expect(200);
          expect(response.body.map((review: { reviewerId: string; kind: string }) => [review.reviewerId, review.kind])).toEqual([
            [tenant.users.secondReviewer.id, 'conflict'],
            [tenant.users.reviewer.id, 'review'],
            [thirdReviewerId, 'review'],
          ]);
        }
        const officer = await (await as('officer')).get(`/cases/${caseId}/reviews`);
        expect(officer.body[0]).toMatchObject({ scores: null, totalScore: null, comment: null, conflictReason: '申請団体の役員と親族関係にある' });
        expect(officer.body[1]).toMatchObject({ totalScore: 7, comment: '計画は妥当', conflictReason: null, submittedOn: '2025-05-20', submittedOnJa: '令和7年5月20日' });
      });

      it('shows a reviewer only their own review', async () => {
        const first = await (await as('reviewer')).get(`/cases/${caseId}/reviews`).expect(200);
        expect(first.body).toEqual([expect.objectContaining({ reviewerId: tenant.users.reviewer.id, scores: [{ criterion: '公益性', score: 4 }, { criterion: '実現性', score: 3 }] })]);
        const third = await (await as('thirdReviewer')).get(`/cases/${caseId}/reviews`).expect(200);
        expect(third.body).toEqual([expect.objectContaining({ reviewerId: thirdReviewerId, totalScore: 9 })]);
      });

      it.each(['applicant', 'finance'] as const)("refuses the %s the reviews with 403 naming who reads them", async (who) => {
        const response = await (await as(who)).get(`/cases/${caseId}/reviews`);
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({
          code: 'CASE_FORBIDDEN',
          message: `reviews (scores, comments, conflict declarations) are read by officer, reviewer, approver, not ${who}`,
          allowedRoles: ['officer', 'reviewer', 'approver'],
        });
        expect(JSON.stringify(response.body)).not.toContain('計画は妥当');
      });

      it('refuses a case id that is not a UUID with 400 naming it', async () => {
        const response = await (await as('officer')).get('/cases/not-a-case/expenses');
        expect(response.status).toBe(400);
        expect(problemMessages(response.body)).toEqual(['id must be a case id (UUID)']);
      });
    });
  });

  it("writes a minor change and an approved change's lines as new plans, not a change only requested, and counts a final payment (精算払) in the balance", async () => {
    clock.setTokyoDate('2026-04-10');
    const caseId = await openCase('application');
    const plan = (fee: number, rent: number) => [
      { category: '報償費', amount: fee },
      { category: '使用料及び賃借料', amount: rent },
    ];
    await send(caseId, 'applicant', { type: 'SUBMIT', requestedAmount: 60_000, plannedExpenses: plan(60_000, 30_000), papers: SUPPORT.requiredDocuments.application }, '2026-05-10');
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2026-05-12');
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 3 }], comment: '' }, '2026-05-20');
    await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第112号' }, '2026-05-29');
    await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2026-06-01');
    const change = { description: '講師謝礼の見直し', papers: SUPPORT.requiredDocuments.change };
    await send(caseId, 'applicant', { type: 'NOTIFY_MINOR_CHANGE', ...change, requestedAmount: 60_000, plannedExpenses: plan(66_000, 27_000) }, '2026-06-15');
    await send(caseId, 'applicant', { type: 'REQUEST_CHANGE', ...change, requestedAmount: 40_000, plannedExpenses: plan(45_000, 15_000) }, '2026-07-01');

    const pending = await (await as('officer')).get(`/cases/${caseId}/expenses`).expect(200);
    expect([pending.body.planned.revision, pending.body.planned.eventType, pending.body.planned.total]).toEqual([2, 'NOTIFY_MINOR_CHANGE', 93_000]);

    await send(caseId, 'approver', { type: 'APPROVE_CHANGE', amount: 40_000, noticeNumber: '一協第120号' }, '2026-07-10');
    await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 20_000 });
    await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 20_000, paidOn: '2026-07-15', kind: 'prepayment' }, '2026-07-15');
    await send(caseId, 'applicant', { type: 'COMPLETE_PROJECT', completedOn: '2026-11-27' }, '2026-11-30');
    await send(caseId, 'applicant', { type: 'SUBMIT_REPORT', actualExpenses: plan(45_000, 15_000), papers: SUPPORT.requiredDocuments.report, outcomes: '' }, '2026-12-04');
    await send(caseId, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第140号' }, '2026-12-11');
    const closed = await send(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 20_000, paidOn: '2026-12-18', kind: 'finalPayment' }, '2026-12-18');
    expect(closed.state.code).toBe('closed');

    const expenses = await (await as('applicant')).get(`/cases/${caseId}/expenses`).expect(200);
    expect(expenses.body.planned).toMatchObject({ revision: 3, eventType: 'APPROVE_CHANGE', total: 60_000 });
    expect(expenses.body.planned.lines.map((line: { amount: number }) => line.amount)).toEqual([45_000, 15_000]);
    expect(expenses.body.earlierRevisions.map((revision: { revision: number; eventType: string }) => [revision.revision, revision.eventType])).toEqual([
      [1, 'SUBMIT'],
      [2, 'NOTIFY_MINOR_CHANGE'],
    ]);
    const [approval] = await api.database.query<{ sequence: number }>(`SELECT sequence FROM audit_entry WHERE case_id = $1 AND event_type = 'APPROVE_CHANGE'`, [caseId]);
    expect(expenses.body.planned.auditSequence).toBe(approval?.sequence);

    const payments = await (await as('applicant')).get(`/cases/${caseId}/payments`).expect(200);
    expect(payments.body.payments.map((payment: { amount: number; on: string }) => [payment.amount, payment.on])).toEqual([
      [20_000, '2026-07-15'],
      [20_000, '2026-12-18'],
    ]);
    expect(payments.body.refunds).toEqual([]);
    expect(payments.body.totals).toEqual({ paid: 40_000, refunded: 0, balance: 40_000 });
    expect(payments.body.amounts).toMatchObject({ decided: 40_000, confirmed: payments.body.totals.balance });
  });

  it('answers a case with nothing recorded yet with empty ledgers', async () => {
    clock.setTokyoDate('2026-04-10');
    const caseId = await openCase('application');
    const officer = await as('officer');
    expect((await officer.get(`/cases/${caseId}/expenses`).expect(200)).body).toEqual({ caseId, planned: null, actual: null, earlierRevisions: [] });
    expect((await officer.get(`/cases/${caseId}/payments`).expect(200)).body).toMatchObject({ payments: [], refunds: [], totals: { paid: 0, refunded: 0, balance: 0 } });
    expect((await officer.get(`/cases/${caseId}/notes`).expect(200)).body).toEqual([]);
    expect((await officer.get(`/cases/${caseId}/reviews`).expect(200)).body).toEqual([]);
  });

  describe('the tables in PostgreSQL', () => {
    /** A statement on a connection acting as the application role, as the API's connections do (DATABASE_ROLE). */
    async function asApplication(sql: string) {
      const client = new pg.Client({ connectionString: api.database.url, options: '-c role=grants_app' });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    }

    it.each(LEDGER_TABLES)('gives the application role only SELECT and INSERT on %s', async (table) => {
      const [before] = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(before?.n).toBeGreaterThan(0);
      for (const sql of [`UPDATE ${table} SET tenant_id = tenant_id`, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
        await expect(asApplication(sql)).rejects.toThrow(`permission denied for table ${table}`);
      }
      expect(await asApplication(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([before]);
    });

    it('refuses rows that break the ledgers\' invariants, or that no audit entry of the case wrote', async () => {
      const [entry] = await api.database.query<{ tenant_id: string; case_id: string; sequence: number }>(
        `SELECT tenant_id, case_id, sequence FROM audit_entry WHERE event_type = 'RECORD_PAYMENT' ORDER BY id LIMIT 1`,
      );
      const { tenant_id: tenantId, case_id: caseId, sequence } = entry as { tenant_id: string; case_id: string; sequence: number };
      const movement = (amount: number, kind: string, auditSequence: number, paymentKind = kind === 'refund' ? 'refund' : 'prepayment') =>
        api.database.query(
          `INSERT INTO money_movement (tenant_id, case_id, kind, payment_kind, amount, moved_on, recorded_by, recorded_at, audit_sequence)
           VALUES ($1, $2, $3, $4, $5, '2025-06-10', $6, now(), $7)`,
          [tenantId, caseId, kind, paymentKind, amount, tenant.users.finance.id, auditSequence],
        );
      await expect(movement(0, 'payment', 999)).rejects.toThrow(/money_movement_amount_check/);
      await expect(movement(100, 'grant', 999)).rejects.toThrow(/money_movement_kind_check/);
      await expect(movement(100, 'payment', 999, 'refund')).rejects.toThrow(/money_movement_payment_kind_check/);
      await expect(movement(100, 'refund', 999, 'finalPayment')).rejects.toThrow(/money_movement_payment_kind_check/);
      await expect(movement(100, 'payment', 999)).rejects.toThrow(/money_movement_case_id_audit_sequence_fkey/);
      await expect(movement(100, 'payment', sequence)).rejects.toThrow(/duplicate key/);

      const line = (amount: number, phase: string) =>
        api.database.query(
          `INSERT INTO expense_line (tenant_id, case_id, phase, revision, position, category, amount, audit_sequence) VALUES ($1, $2, $3, 9, 0, '報償費', $4, $5)`,
          [tenantId, caseId, phase, amount, sequence],
        );
      await expect(line(-1, 'planned')).rejects.toThrow(/expense_line_amount_check/);
      await expect(line(1, 'budgeted')).rejects.toThrow(/expense_line_phase_check/);

      const review = (kind: string, scores: string | null, comment: string | null, reason: string | null) =>
        api.database.query(
          `INSERT INTO review (tenant_id, case_id, reviewer_id, kind, scores, comment, conflict_reason, submitted_at, audit_sequence)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, now(), $8)`,
          [tenantId, caseId, tenant.users.secondReviewer.id, kind, scores, comment, reason, sequence],
        );
      await expect(review('conflict', '[{"criterion":"公益性","score":1}]', null, '親族')).rejects.toThrow(/review_scored_or_declared/);
      await expect(review('review', '[]', '', null)).rejects.toThrow(/review_scored_or_declared/);
      await expect(review('conflict', null, null, ' ')).rejects.toThrow(/review_scored_or_declared/);

      // Another municipality's user cannot be the author of this case's note.
      await expect(
        api.database.query(
          `INSERT INTO consultation_note (tenant_id, case_id, author_id, author_role, kind, body, written_at, audit_sequence) VALUES ($1, $2, $3, 'officer', 'note', 'x', now(), $4)`,
          [tenantId, caseId, otherTenant.users.officer.id, sequence],
        ),
      ).rejects.toThrow(/consultation_note_tenant_id_author_id_fkey/);
    });
  });
});
