import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { problemMessages } from '#libs/testing/problem-messages';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { extractText, getDocumentProxy } from 'unpdf';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');

/** The text a reader extracts from a PDF, lines joined: a long sentence may wrap anywhere. */
const pdfText = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\n/g, '');

describe('notices over HTTP (real PostgreSQL)', () => {
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

  async function send(caseId: string, who: Who, body: object, on?: string) {
    if (on) clock.setTokyoDate(on);
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  const filing = (planned: number, requested: number) => ({
    requestedAmount: requested,
    plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: planned }],
  });

  async function submitted(planned: number, requested: number): Promise<string> {
    clock.setTokyoDate('2025-05-01');
    const opened = await (await as('applicant')).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    await attachPapers(await as('applicant'), caseId, papersFor(SUPPORT, 'application'));
    await send(caseId, 'applicant', { type: 'SUBMIT', ...filing(planned, requested) }, '2025-05-10');
    return caseId;
  }

  /** 受理 on 2025-05-12 and 交付決定 on 2025-05-30, as the cases test takes them. */
  async function throughDecision(planned: number, requested: number, decided: number, noticeNumber: string): Promise<string> {
    const caseId = await submitted(planned, requested);
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    await send(caseId, 'approver', { type: 'DECIDE_GRANT', amount: decided, conditions: ['実績報告書に活動写真を添付すること'], noticeNumber }, '2025-05-30');
    return caseId;
  }

  async function noticesOf(caseId: string, who: Who = 'applicant') {
    const response = await (await as(who)).get(`/cases/${caseId}/notices`).expect(200);
    return response.body as Array<{ id: string; kind: string; title: string; noticeNumber: string; issuedOn: string; issuedOnEra: string; hasDocument: boolean }>;
  }

  describe('a case taken to 受理 and 交付決定', () => {
    let caseId: string;
    let decisionId: string;
    beforeAll(async () => {
      caseId = await throughDecision(160_000, 100_000, 100_000, '一協第12号');
      decisionId = (await noticesOf(caseId)).find((notice) => notice.kind === 'grantDecision')?.id as string;
    });

    it('lists its notices in the order issued, titled in Japanese and dated in the era form', async () => {
      const notices = await noticesOf(caseId);
      expect(notices).toEqual([
        { id: expect.any(String), kind: 'acceptance', title: '受理通知書', noticeNumber: expect.stringMatching(/^R7-受理-\d{4}$/), issuedOn: '2025-05-12', issuedOnEra: '令和7年5月12日', hasDocument: true },
        { id: decisionId, kind: 'grantDecision', title: '交付決定通知書', noticeNumber: '一協第12号', issuedOn: '2025-05-30', issuedOnEra: '令和7年5月30日', hasDocument: true },
      ]);
      for (const reader of ['officer', 'reviewer', 'approver', 'finance'] as const) expect(await noticesOf(caseId, reader)).toEqual(notices);
    });

    it('downloads the 交付決定通知書 as an A4 PDF with Noto Serif JP embedded, the same bytes each time', async () => {
      const response = await (await as('applicant')).download(`/cases/${caseId}/notices/${decisionId}`).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('一協第12号')}.pdf`);
      const pdf = response.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifJP-Regular/);
      const text = await pdfText(pdf);
      for (const phrase of ['交付決定通知書', '一協第12号', '令和7年5月30日', '舞川地区地域協働体 様', '一関市長', '案件番号', '令和7年度地域協働体支援事業補助金', '金100,000円', '実績報告書に活動写真を添付すること', '令和7年6月9日までに申請を取り下げることができます', '教示']) {
        expect(text).toContain(phrase);
      }
      const again = await (await as('finance')).download(`/cases/${caseId}/notices/${decisionId}?format=pdf`).expect(200);
      expect((again.body as Buffer).equals(pdf)).toBe(true);
    });

    it('shows the 受理通知書 with the case number the case got that day', async () => {
      const [acceptance] = await noticesOf(caseId);
      const view = await (await as('applicant')).get(`/cases/${caseId}`).expect(200);
      const text = await pdfText((await (await as('applicant')).download(`/cases/${caseId}/notices/${acceptance?.id}`).expect(200)).body);
      expect(text).toContain('受理通知書');
      expect(text).toContain(acceptance?.noticeNumber);
      expect(text).toContain(view.body.caseNumber);
      expect(text).toContain('令和7年5月12日付けで受理したので通知します');
    });

    it('serves the same notice as printable HTML with ?format=html', async () => {
      const response = await (await as('officer')).get(`/cases/${caseId}/notices/${decisionId}?format=html`).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(response.text).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
      expect(response.text).toContain('<h1>交付決定通知書</h1>');
      expect(response.text).toContain('<time datetime="2025-05-30">令和7年5月30日</time>');
      expect(response.text).toContain('金100,000円');
    });

    it('writes each notice in the transaction of the event and its audit entry', async () => {
      const rows = await api.database.query<{ kind: string; notice_xmin: string; audit_xmin: string }>(
        `SELECT n.kind, n.xmin::text AS notice_xmin, a.xmin::text AS audit_xmin
           FROM notice n JOIN audit_entry a ON a.case_id = n.case_id
            AND a.event_type = CASE n.kind WHEN 'acceptance' THEN 'ACCEPT' WHEN 'grantDecision' THEN 'DECIDE_GRANT' END
          WHERE n.case_id = $1 ORDER BY n.issued_on`,
        [caseId],
      );
      expect(rows.map((row) => row.kind)).toEqual(['acceptance', 'grantDecision']);
      for (const row of rows) expect(row.notice_xmin).toBe(row.audit_xmin);
    });

    it("records each notice's number and the SHA-256 of its canonical content in the issuing event's audit entry", async () => {
      const rows = await api.database.query<{ kind: string; notice_number: string; content: unknown; payload: { issuedNotices?: unknown } }>(
        `SELECT n.kind, n.notice_number, n.content, a.payload
           FROM notice n JOIN audit_entry a ON a.case_id = n.case_id
            AND a.event_type = CASE n.kind WHEN 'acceptance' THEN 'ACCEPT' WHEN 'grantDecision' THEN 'DECIDE_GRANT' END
          WHERE n.case_id = $1 ORDER BY n.issued_on`,
        [caseId],
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        const sha256 = createHash('sha256').update(canonicalize(row.content) as string).digest('hex');
        expect(row.payload.issuedNotices).toEqual([{ kind: row.kind, noticeNumber: row.notice_number, contentSha256: sha256 }]);
      }
      expect(rows[1]?.notice_number).toBe('一協第12号');
    });

    it('refuses the application role any change or removal of an issued notice', async () => {
      const client = new pg.Client({ connectionString: api.database.url, options: '-c role=grants_app' });
      await client.connect();
      try {
        await expect(client.query(`UPDATE notice SET content = '{}' WHERE id = $1`, [decisionId])).rejects.toThrow(/permission denied for table notice/);
        await expect(client.query(`DELETE FROM notice WHERE id = $1`, [decisionId])).rejects.toThrow(/permission denied for table notice/);
      } finally {
        await client.end();
      }
      expect((await noticesOf(caseId)).map((notice) => notice.kind)).toEqual(['acceptance', 'grantDecision']);
    });

    it("hides the notices of another organization's or municipality's case behind 404, and keeps them from an administrator", async () => {
      const paths = [`/cases/${caseId}/notices`, `/cases/${caseId}/notices/${decisionId}`, `/cases/${caseId}/notices/${decisionId}?format=html`];
      for (const path of paths) {
        const byOtherApplicant = await (await as('otherApplicant')).get(path);
        expect([path, byOtherApplicant.status, byOtherApplicant.body.code]).toEqual([path, 404, 'CASE_NOT_FOUND']);
        const byOtherTenant = await (await as('approver', otherTenant)).get(path);
        expect([path, byOtherTenant.status, byOtherTenant.body.code]).toEqual([path, 404, 'CASE_NOT_FOUND']);
        expect((await (await as('admin')).get(path)).status).toBe(403);
      }
      expect((await (await as('secondReviewer')).get(paths[0] as string)).status).toBe(404); // not assigned to it
    });

    it('answers 404 for a notice the case does not have, even one of another case', async () => {
      const unknown = await (await as('applicant')).get(`/cases/${caseId}/notices/00000000-0000-4000-8000-000000000000`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'CASE_NOT_FOUND', message: `notice 00000000-0000-4000-8000-000000000000 not found on case ${caseId}` });
      const otherCase = await submitted(90_000, 60_000);
      await send(otherCase, 'officer', { type: 'ACCEPT' }, '2025-05-12');
      const [otherNotice] = await noticesOf(otherCase);
      expect((await (await as('applicant')).get(`/cases/${caseId}/notices/${otherNotice?.id}`)).status).toBe(404);
    });

    it.each([
      ['?format=docx', 'format must be one of pdf, html'],
      ['?format=', 'format must be one of pdf, html'],
      ['?colour=red', 'property colour should not exist'],
    ])('refuses %s with 400 naming the parameter', async (query, message) => {
      const response = await (await as('applicant')).get(`/cases/${caseId}/notices/${decisionId}${query}`);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toEqual([message]);
    });

    it('refuses a notice id that is no UUID with 400 naming it', async () => {
      const response = await (await as('applicant')).get(`/cases/${caseId}/notices/R7-受理-0001`);
      expect(response.status).toBe(400);
      expect(problemMessages(response.body)).toEqual(['noticeId must be a notice id (UUID)']);
    });
  });

  it('keeps showing the amount a 交付決定通知書 granted after a 変更承認 changed it', async () => {
    const caseId = await throughDecision(90_000, 60_000, 60_000, '一協第14号');
    await send(caseId, 'applicant', { type: 'START_PROJECT' }, '2025-06-01');
    await attachPapers(await as('applicant'), caseId, papersFor(SUPPORT, 'change'));
    await send(caseId, 'applicant', {
      type: 'REQUEST_CHANGE',
      description: '講師謝礼の増額',
      plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 135_000 }],
      requestedAmount: 90_000,
    });
    const approved = await send(caseId, 'approver', { type: 'APPROVE_CHANGE', amount: 90_000, noticeNumber: '一協第20号' }, '2025-07-01');
    expect(approved.amounts.decided).toBe(90_000);

    const notices = await noticesOf(caseId);
    expect(notices.map((notice) => [notice.kind, notice.noticeNumber])).toEqual([
      ['acceptance', expect.stringMatching(/^R7-受理-\d{4}$/)],
      ['grantDecision', '一協第14号'],
      ['changeApproval', '一協第20号'],
    ]);
    const applicant = await as('applicant');
    const decision = await pdfText((await applicant.download(`/cases/${caseId}/notices/${notices[1]?.id}`).expect(200)).body);
    expect(decision).toContain('交付決定額');
    expect(decision).toContain('金60,000円');
    expect(decision).not.toContain('金90,000円');
    const change = await applicant.get(`/cases/${caseId}/notices/${notices[2]?.id}?format=html`).expect(200);
    expect(change.text).toContain('<h1>変更承認通知書</h1>');
    expect(change.text).toContain('<span class="item-label">変更前の交付決定額</span><span class="item-text">金60,000円</span>');
    expect(change.text).toContain('<span class="item-label">変更後の交付決定額</span><span class="item-text">金90,000円</span>');
  });

  it('issues a 補正依頼書 with the reason, escaped, and the due date of the correction deadline', async () => {
    const caseId = await submitted(90_000, 60_000);
    const returned = await send(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '<b>収支予算書</b>の合計が不一致' }, '2025-05-12');
    const dueOn = returned.deadlines.find((deadline: { kind: string }) => deadline.kind === 'correctionDue').dueOn as string;
    const [notice] = await noticesOf(caseId);
    expect(notice).toMatchObject({ kind: 'correctionRequest', title: '補正依頼書', issuedOnEra: '令和7年5月12日' });
    const html = (await (await as('applicant')).get(`/cases/${caseId}/notices/${notice?.id}?format=html`).expect(200)).text;
    expect(html).toContain('&lt;b&gt;収支予算書&lt;/b&gt;の合計が不一致');
    expect(html).not.toContain('<b>');
    const [, month, day] = dueOn.split('-').map(Number);
    expect(html).toContain(`<span class="item-label">提出期限</span><span class="item-text">令和7年${month}月${day}日</span>`);
  });

  it('writes no notice for an event it refuses', async () => {
    const caseId = await submitted(90_000, 60_000);
    const refused = await (await as('officer')).post(`/cases/${caseId}/events`, { type: 'RETURN_FOR_CORRECTION', reason: 'x'.repeat(2001) });
    expect(refused.status).toBe(400);
    const notAccepted = await (await as('approver')).post(`/cases/${caseId}/events`, { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第99号' });
    expect(notAccepted.status).toBe(409);
    expect(await noticesOf(caseId)).toEqual([]);
  });

  it('refuses a notice number another notice of its kind already bears, naming the field, and writes nothing of the event', async () => {
    await throughDecision(90_000, 60_000, 60_000, '一協第77号');
    const caseId = await submitted(90_000, 60_000);
    await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    const before = (await (await as('approver')).get(`/cases/${caseId}`).expect(200)).body as { version: number; state: { code: string } };
    const taken = await (await as('approver')).post(`/cases/${caseId}/events`, { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第77号' });
    expect(taken.status).toBe(422);
    expect(taken.body).toMatchObject({
      code: 'CASE_EVENT_REFUSED',
      // In English without Accept-Language: ja; the web app shows the Japanese under the field.
      problems: [{ field: 'noticeNumber', message: 'noticeNumber 一協第77号 is already on another notice' }],
    });
    const after = (await (await as('approver')).get(`/cases/${caseId}`).expect(200)).body as { version: number; state: { code: string } };
    expect(after).toMatchObject({ version: before.version, state: before.state });
    expect((await noticesOf(caseId)).map((notice) => notice.kind)).not.toContain('grantDecision');
  });

  describe('previewing the notices an event would issue', () => {
    const preview = async (caseId: string, who: Who, body: object) => (await as(who)).post(`/cases/${caseId}/events/preview`, body);
    const stateOf = async (caseId: string) => {
      const view = (await (await as('officer')).get(`/cases/${caseId}`).expect(200)).body as { version: number; caseNumber: string | null };
      const history = (await (await as('officer')).get(`/cases/${caseId}/history`).expect(200)).body as unknown[];
      return { version: view.version, caseNumber: view.caseNumber, entries: history.length, notices: (await noticesOf(caseId)).length };
    };

    it('shows the 受理通知書 with the number the case would get, takes no number and writes nothing', async () => {
      const caseId = await submitted(90_000, 60_000);
      clock.setTokyoDate('2025-05-12');
      const before = await stateOf(caseId);
      const shown = await preview(caseId, 'officer', { type: 'ACCEPT' });
      expect(shown.status).toBe(200);
      const [acceptance] = shown.body.notices as { kind: string; title: string; noticeNumber: string; date: string; paragraphs: string[] }[];
      expect(acceptance).toMatchObject({ kind: 'acceptance', date: '令和7年5月12日' });
      expect(await stateOf(caseId)).toEqual(before);
      // The number shown is the one the real act then takes: the preview took none.
      await send(caseId, 'officer', { type: 'ACCEPT' });
      const [issued] = await noticesOf(caseId);
      expect(issued?.noticeNumber).toBe(acceptance?.noticeNumber);
    });

    it('shows a reduced 交付決定 with its amount and conditions, refuses what the event would refuse, and lets only the approver', async () => {
      const caseId = await submitted(90_000, 60_000);
      await send(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
      await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
      await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
      await send(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
      clock.setTokyoDate('2025-05-30');
      const before = await stateOf(caseId);
      const decision = { type: 'DECIDE_GRANT', amount: 50_000, conditions: ['講演会の記録写真を実績報告に添えること。'], noticeNumber: '一協第88号' };
      const shown = await preview(caseId, 'approver', decision);
      expect(shown.status).toBe(200);
      const [grant] = shown.body.notices as { kind: string; noticeNumber: string; items: { label: string; text?: string; list?: string[] }[]; instruction: string[] }[];
      expect(grant?.noticeNumber).toBe('一協第88号');
      const items = JSON.stringify(grant?.items);
      expect(items).toContain('50,000');
      expect(items).toContain('講演会の記録写真を実績報告に添えること。');
      expect(grant?.instruction.length).toBeGreaterThan(0);
      expect(await stateOf(caseId)).toEqual(before);

      expect((await preview(caseId, 'applicant', decision)).body).toMatchObject({ code: 'CASE_FORBIDDEN', allowedRoles: ['approver'] });
      await throughDecision(90_000, 60_000, 60_000, '一協第89号');
      const taken = await preview(caseId, 'approver', { ...decision, noticeNumber: '一協第89号' });
      expect(taken.status).toBe(422);
      expect(taken.body.problems).toEqual([expect.objectContaining({ field: 'noticeNumber' })]);
      expect(await stateOf(caseId)).toEqual(before);
    });
  });

  it('describes both routes in the OpenAPI document', async () => {
    const { paths } = (await request(api.app.getHttpServer()).get('/docs-json').expect(200)).body;
    expect(Object.keys(paths['/cases/{id}/notices'])).toEqual(['get']);
    expect(paths['/cases/{id}/notices/{noticeId}'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['id', 'noticeId', 'format']);
  });

  it('lists a notice issued before notices kept their content, with no document to download', async () => {
    const caseId = await submitted(90_000, 60_000);
    const [legacy] = await api.database.query<{ id: string }>(
      `INSERT INTO notice (tenant_id, case_id, kind, notice_number, issued_on, content) VALUES ($1, $2, 'acceptance', 'R7-受理-9999', '2025-04-01', '{}') RETURNING id`,
      [tenant.id, caseId],
    );
    expect(await noticesOf(caseId)).toEqual([expect.objectContaining({ id: legacy?.id, noticeNumber: 'R7-受理-9999', hasDocument: false })]);
    const download = await (await as('applicant')).get(`/cases/${caseId}/notices/${legacy?.id}`);
    expect(download.status).toBe(404);
    expect(download.body.message).toBe('notice R7-受理-9999 was issued before notices kept their content: it has no document');
  });
});
