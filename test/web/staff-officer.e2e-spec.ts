import { checkScreen, passingScreen, tabTo } from '#libs/testing/browser';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { browserSuite, field } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * The officer's side in the browser (担当職員): the to-do list first, the workbench of a case
 * (the application and what changed between filings, consultation notes, history), 差戻し
 * with a reason and due date, 受理, a reviewer assigned from the directory with the one in
 * conflict refused, a consultation concluded; the case list's filters kept in the address
 * through a reload, its pages, its CSV. The applicant's steps go through the API.
 */
describe('an officer works the cases in a browser', () => {
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let baseUrl: string;
  let page: Page;
  beforeEach(() => ({ api, tenant, baseUrl, page } = suite));
  afterEach(() => clock.setTokyoDate('2025-05-01'));

  const { heading, region } = suite;
  const filing = (amount: number, requestedAmount: number) => ({ plannedExpenses: [{ category: CATEGORY, amount }], requestedAmount });

  async function filedApplication(organizationId = tenant.organizationId, who: 'applicant' | 'otherApplicant' = 'applicant'): Promise<string> {
    const applicant = await api.as(who);
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', ...filing(60_000, 40_000) }).expect(200);
    return caseId;
  }

  it('returns a filing from the to-do list, sees what the resubmission changed, accepts it and assigns a reviewer, the one in conflict refused', async () => {
    const caseId = await filedApplication();
    // The second reviewer is a member of the applicant organization: they may not review its case.
    await api.database.query(`INSERT INTO organization_member (tenant_id, organization_id, user_id) VALUES ($1, $2, $3)`, [tenant.id, tenant.organizationId, tenant.users.secondReviewer.id]);

    await suite.signInAs('officer');
    const task = page.getByRole('listitem').filter({ hasText: '申請書を確認して受理する（または差し戻す）' }).filter({ hasText: '舞川地区地域協働体' });
    expect(await task.textContent()).toContain('地域協働体支援事業補助金');
    expect(await checkScreen(page, 'staff-tasks')).toEqual(passingScreen);
    await task.getByRole('link', { name: '案件を開く' }).click();
    await heading('申請済み（受理前）');
    expect(await region('申請の内容（収支予算書）').getByRole('row').allTextContents()).toEqual(['経費の種類金額（円）', `${CATEGORY}60,000円`, '合計60,000円']);
    expect(await checkScreen(page, 'workbench-submitted')).toEqual(passingScreen);

    await page.getByRole('link', { name: '「差戻し（補正依頼）」へ進む' }).click();
    await heading('差戻し（補正依頼）');
    await page.getByRole('button', { name: '差し戻す' }).click();
    // Nothing typed: the API's refusal under the field, in Japanese.
    expect(await page.getByRole('alert').textContent()).toMatch(/理由|直してほしい/);
    await field(page, '直してほしいところ').fill('報償費の内訳（講師の人数と単価）を書き添えてください。');
    await field(page, '直す期限').fill('2025-05-20');
    expect(await checkScreen(page, 'action-return')).toEqual(passingScreen);
    await page.getByRole('button', { name: '差し戻す' }).click();
    await heading('差戻し中');
    const view = (await (await api.as('officer')).get(`/cases/${caseId}`).expect(200)).body as { correction: { reason: string; dueOn: string } };
    expect(view.correction).toMatchObject({ reason: '報償費の内訳（講師の人数と単価）を書き添えてください。', dueOn: '2025-05-20' });

    clock.setTokyoDate('2025-05-08');
    await (await api.as('applicant')).post(`/cases/${caseId}/events`, { type: 'RESUBMIT', ...filing(66_000, 44_000) }).expect(200);
    await page.reload();
    await heading('申請済み（受理前）');
    const application = region('申請の内容（収支予算書）');
    expect(await application.textContent()).toContain(`${CATEGORY}: 60,000円 → 66,000円`);
    expect(await application.getByRole('table').getByRole('caption').textContent()).toBe('第2版（申請書の再提出、令和7年5月8日）');

    await page.getByRole('link', { name: '「受理」へ進む' }).click();
    await heading('受理');
    await page.getByRole('button', { name: '受理する' }).click();
    await heading('審査中');
    const { caseNumber } = (await (await api.as('officer')).get(`/cases/${caseId}`).expect(200)).body as { caseNumber: string };
    expect(await page.locator('main').textContent()).toContain(caseNumber);

    await page.getByRole('link', { name: '「審査員の割当て」へ進む' }).click();
    await heading('審査員の割当て');
    const inConflict = page.getByRole('radio', { name: /^second-reviewer（選べません: / });
    expect(await inConflict.isDisabled()).toBe(true);
    expect(await checkScreen(page, 'action-assign-reviewer')).toEqual(passingScreen);
    await page.getByRole('radio', { name: 'reviewer', exact: true }).check();
    await page.getByRole('button', { name: '割り当てる' }).click();
    await heading('審査中');
    expect(await region('これまでの経過').textContent()).toContain('officer（担当職員）が「審査員の割当て」をしました');
    const assigned = (await (await api.as('reviewer')).get(`/cases/${caseId}`).expect(200)).body as { id: string };
    expect(assigned.id).toBe(caseId);
  });

  it('accepts a filing and assigns its reviewer with the keyboard alone', async () => {
    const caseId = await filedApplication();
    const press = async (target: Locator, key: string) => {
      await tabTo(page, target);
      await page.keyboard.press(key);
    };
    await suite.signInWithKeyboard('officer');
    const task = page.getByRole('listitem').filter({ has: page.locator(`a[href="/app/cases/${caseId}/actions/ACCEPT"]`) });
    await press(task.getByRole('link', { name: '「受理」へ進む' }), 'Enter');
    await heading('受理');
    await press(page.getByRole('button', { name: '受理する' }), 'Enter');
    await heading('審査中');
    await press(page.getByRole('link', { name: '「審査員の割当て」へ進む' }), 'Enter');
    await heading('審査員の割当て');
    // Tab reaches the first reviewer that may be chosen; Space chooses it, as in any radio group.
    await tabTo(page, page.getByRole('radio', { name: 'reviewer', exact: true }));
    await page.keyboard.press('Space');
    await press(page.getByRole('button', { name: '割り当てる' }), 'Enter');
    await heading('審査中');
    const view = (await (await api.as('reviewer')).get(`/cases/${caseId}`).expect(200)).body as { id: string };
    expect(view.id).toBe(caseId);
  });

  it('concludes a consultation with its summary, which the workbench shows with the notes', async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' }).expect(201)).body.id as string;
    await applicant.post(`/cases/${caseId}/events`, { type: 'ADD_NOTE', note: '講師への謝礼は補助の対象になりますか。' }).expect(200);

    await suite.signInAs('officer');
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await heading('相談中');
    expect(await region('相談記録').textContent()).toContain('講師への謝礼は補助の対象になりますか。');
    await page.getByRole('link', { name: '「相談の終了」へ進む' }).click();
    await field(page, '相談のまとめ').fill('講演会の開催で申請へ進む。講師謝礼は報償費として対象。');
    await page.getByRole('button', { name: '相談を終える' }).click();
    await heading('相談終了');
    const notes = (await region('相談記録').textContent()) ?? '';
    expect(notes).toContain('相談のまとめ');
    expect(notes).toContain('講演会の開催で申請へ進む。講師謝礼は報償費として対象。');
    expect(await checkScreen(page, 'workbench-consultation')).toEqual(passingScreen);
  });

  it('keeps the list filters in the address through a reload, pages on the server, and saves the filtered list as CSV', async () => {
    // An organization of this test's own, so that other tests' cases do not count.
    const [{ id: nakazato }] = await api.database.query<{ id: string }>(
      `INSERT INTO organization (tenant_id, name, type, area, population) VALUES ($1, '中里地区地域協働体', 'communityCollaborationBody', '中里', 2100) RETURNING id`,
      [tenant.id],
    );
    await api.database.query(`INSERT INTO organization_member (tenant_id, organization_id, user_id) VALUES ($1, $2, $3)`, [tenant.id, nakazato, tenant.users.applicant.id]);
    const filed = [await filedApplication(nakazato), await filedApplication(nakazato)];
    const applicant = await api.as('applicant');
    for (let draft = 0; draft < 20; draft++) await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: nakazato, start: 'application' }).expect(201);
    const shown = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
    const rows = async () => (await page.getByRole('table').getByRole('row').allTextContents()).slice(1);

    await suite.signInAs('officer');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '案件一覧' }).click();
    await heading('案件一覧');
    await page.getByLabel('受付番号・団体名で探す').fill('中里');
    await page.getByRole('button', { name: 'この条件で表示する' }).click();
    await shown('20件を表示しています（続きがあります）');
    await page.getByRole('link', { name: '次の20件' }).click();
    await shown('2件を表示しています');
    expect(new URL(page.url()).searchParams.get('cursor')).not.toBeNull();
    await page.getByRole('link', { name: '最初のページへ' }).click();
    await shown('20件を表示しています（続きがあります）');

    await page.getByLabel('状況').selectOption({ label: '申請済み（受理前）' });
    await page.getByRole('button', { name: 'この条件で表示する' }).click();
    await shown('2件を表示しています');
    expect(new URL(page.url()).searchParams.get('state')).toBe('application.submitted');
    expect(new URL(page.url()).searchParams.get('q')).toBe('中里');
    expect((await rows()).every((row) => row.includes('中里地区地域協働体') && row.includes('申請済み（受理前）'))).toBe(true);
    expect(await checkScreen(page, 'case-list')).toEqual(passingScreen);

    // A reload asks for the list's page beside the session's check, not after it, and once.
    const asked: string[] = [];
    const noteRequest = (request: { url(): string }) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/cases' || pathname === '/auth/session') asked.push(pathname);
    };
    page.on('request', noteRequest);
    await page.reload();
    await shown('2件を表示しています');
    page.off('request', noteRequest);
    expect(asked).toEqual(['/cases', '/auth/session']);
    expect(await page.getByLabel('状況').inputValue()).toBe('application.submitted');
    expect(await page.getByLabel('受付番号・団体名で探す').inputValue()).toBe('中里');
    expect(await rows()).toHaveLength(filed.length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSVで保存する/ }).click()]);
    const csv = await readFile(await download.path());
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^受付番号,/);
    expect(lines.slice(1).map((line) => line.includes('中里地区地域協働体'))).toEqual([true, true]);

    await page.getByRole('button', { name: '条件をすべて外す' }).click();
    await shown('（続きがあります）');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('状況').inputValue()).toBe('');
  });

  it('opens a consultation for an organization that came to the counter, refusing it until the program is chosen', async () => {
    await suite.signInAs('officer');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '案件一覧' }).click();
    await page.getByRole('link', { name: '団体に代わって案件を開く' }).click();
    await heading('団体に代わって案件を開く');
    await page.getByLabel('団体').selectOption({ label: '弥栄地区地域協働体（弥栄）' });
    await page.getByRole('button', { name: '案件を開く' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('団体').inputValue()).toBe(tenant.otherOrganizationId);
    await page.getByLabel('制度').selectOption({ label: SUPPORT.nameJa });
    expect(await checkScreen(page, 'open-on-behalf')).toEqual(passingScreen);
    await page.getByRole('button', { name: '案件を開く' }).click();
    await heading('相談中');
    expect(await page.locator('main').textContent()).toContain('弥栄地区地域協働体');
    const caseId = new URL(page.url()).pathname.split('/')[3] as string;
    const [opened] = (await (await api.as('otherApplicant')).get('/cases').expect(200)).body.items as { id: string; state: { code: string } }[];
    expect(opened).toMatchObject({ id: caseId, state: { code: 'consultation.open' } });
  });

  it('shows a reviewer the not-found page for a case they are not assigned to, and an applicant theirs only', async () => {
    const caseId = await filedApplication();
    await suite.signInAs('reviewer');
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await heading('ページが見つかりません');
    expect(await page.locator('main').textContent()).not.toContain('舞川地区地域協働体');

    await page.context().clearCookies();
    const theirs = await filedApplication(tenant.otherOrganizationId, 'otherApplicant');
    await suite.signIn();
    await page.goto(`${baseUrl}/app/cases/${theirs}`);
    await heading('ページが見つかりません');
  });
});
