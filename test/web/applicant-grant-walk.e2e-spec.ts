import { checkScreen, passingScreen } from '#libs/testing/browser';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type ApiTestUser, type SeededTenant, SettableClock } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { browserSuite, field } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const LOTTERY = seedProgram('コミ一般');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * The applicant's whole grant in the browser, 相談 to 精算, with the city's steps sent through
 * the API as its staff would (officer, reviewer, approver, finance), and the refusals a person
 * meets on the way: the window closed, above the cap, a paper missing, an advance above what
 * is left, a withdrawal not yet confirmed. Every new screen is checked with axe at 360 and
 * 1280 px and written to test-output/screens.
 */
describe('an applicant takes a grant from 相談 to 精算 in a browser', () => {
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let baseUrl: string;
  let page: Page;
  beforeEach(() => {
    ({ api, tenant, baseUrl, page } = suite);
  });
  afterEach(() => clock.setTokyoDate('2025-05-01'));

  /** An event sent through the API, on the day given: what the city's staff do, or a step the walk is not about. */
  const sendAs = async (caseId: string, who: ApiTestUser, event: object, on?: string) => {
    if (on) clock.setTokyoDate(on);
    await (await api.as(who)).post(`/cases/${caseId}/events`, event).expect(200);
  };
  const toPrograms = () => page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '補助金の制度' }).click();
  const { heading, region, openAction, uploadEach } = suite;
  const caseIdOf = (url: string) => new URL(url).pathname.split('/')[3] as string;

  it('consults, files with papers, corrects, is decided, reads the notice, asks an advance, reports with receipts and sees the refund due', async () => {
    await suite.signIn();
    await toPrograms();
    await page.getByRole('article', { name: SUPPORT.nameJa }).getByRole('button', { name: '市に相談する（相談の申込み）' }).click();
    await heading('市に相談中');
    const caseId = caseIdOf(page.url());

    await openAction('相談記録の追加', '相談の記録を書く');
    await field(page, '相談したいこと').fill('講師への謝礼は補助の対象になりますか。');
    expect(await checkScreen(page, 'action-note')).toEqual(passingScreen);
    await page.getByRole('button', { name: '記録を送る' }).click();
    await heading('市に相談中');
    expect(await region('これまでの経過').textContent()).toContain('applicant（申請団体）が「相談記録の追加」をしました');

    await sendAs(caseId, 'officer', { type: 'CONCLUDE_CONSULTATION', summary: '講演会の開催で申請へ進む' });
    await page.reload();
    await openAction('申請書の作成開始', '申請書の作成を始める');
    await page.getByRole('button', { name: '申請書を作り始める' }).click();
    await heading('申請書を作成中（下書き）');

    await page.getByRole('link', { name: '申請書を作成する' }).click();
    await page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）').fill('90000');
    await page.getByRole('button', { name: '次へ' }).click();
    await uploadEach(caseId, SUPPORT.requiredDocuments.application);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByLabel(/^申請する額（円）/).fill('60000');
    await page.getByRole('button', { name: 'この内容で提出する' }).click();
    await heading('申請しました。市が書類を確かめています');

    await sendAs(caseId, 'officer', { type: 'RETURN_FOR_CORRECTION', reason: '講師の人数と単価を書き添えてください', dueOn: '2025-05-20' }, '2025-05-08');
    await page.reload();
    await page.getByRole('link', { name: '申請書を直して再提出する' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '直した内容で再提出する' }).click();
    await heading('申請しました。市が書類を確かめています');

    await sendAs(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await sendAs(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await sendAs(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await sendAs(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    await sendAs(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第12号' }, '2025-05-30');

    await page.reload();
    await heading('補助金の交付が決まりました');
    const notices = region('市からの通知書');
    expect(await notices.textContent()).toContain('交付決定通知書');
    expect(await notices.textContent()).toContain('一協第12号');
    const [noticePage] = await Promise.all([page.waitForEvent('popup'), notices.getByRole('link', { name: '交付決定通知書を開いて読む・印刷する（新しいタブ）' }).click()]);
    await noticePage.waitForLoadState();
    const noticeText = (await noticePage.textContent('body')) ?? '';
    expect(noticeText).toContain('交付決定通知書');
    expect(noticeText).toContain('60,000円');
    expect(noticeText).toContain('審査請求');
    await noticePage.close();
    const [download] = await Promise.all([page.waitForEvent('download'), notices.getByRole('link', { name: '交付決定通知書のPDFを保存する' }).click()]);
    expect(download.suggestedFilename()).toBe('一協第12号.pdf');
    expect((await readFile(await download.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await checkScreen(page, 'case-decided')).toEqual(passingScreen);

    clock.setTokyoDate('2025-06-01');
    await openAction('事業の着手', '事業に着手したことの届出');
    await page.getByRole('button', { name: '事業を始めたことを届け出る' }).click();
    await heading('事業を実施中');

    await openAction('前金払・概算払の請求', '前金（前払い）の請求');
    const advance = field(page, '請求する額（円）');
    expect(await advance.inputValue()).toBe('30000');
    expect(await page.getByText('あと 30,000円 まで請求できます（前金の上限は 30,000円）。').count()).toBe(1);
    await advance.fill('30001');
    await page.getByRole('button', { name: '前金を請求する' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('30,000円');
    expect(await checkScreen(page, 'action-advance-refused')).toEqual(passingScreen);
    await advance.fill('30000');
    await page.getByRole('button', { name: '前金を請求する' }).click();
    await heading('事業を実施中');
    expect(await region('金額').textContent()).toContain('あと 0円（上限 30,000円）');

    await sendAs(caseId, 'finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
    clock.setTokyoDate('2025-12-01');
    await page.reload();
    await openAction('事業完了の報告', '事業の完了の届出');
    await field(page, '事業が終わった日').fill('2025-11-28');
    expect(await checkScreen(page, 'action-completion')).toEqual(passingScreen);
    await page.getByRole('button', { name: '完了を届け出る' }).click();
    await heading('実績報告の提出をお願いしています');

    clock.setTokyoDate('2025-12-10');
    await openAction('実績報告書の提出', '実績報告');
    const firstLine = page.getByRole('group', { name: '1行目' });
    expect(await firstLine.getByLabel('金額（円）').inputValue()).toBe('90000');
    await firstLine.getByLabel('金額（円）').fill('30000');
    await field(page, '事業の成果').fill('講演会を2回開き、延べ48人が参加しました。');
    // 2/3 of 30,000 is 20,000; 30,000 was paid in advance, so 10,000 goes back.
    expect(await page.getByTestId('settlement-confirmed').textContent()).toBe('20,000円');
    expect(await region('確定する額の見込み').textContent()).toContain('10,000円 を返還していただくことになる見込みです。');
    await page.getByRole('button', { name: '実績報告を提出する' }).click();
    await page.getByRole('alert').waitFor();
    const reportPapers = ((await (await api.as('applicant')).get(`/cases/${caseId}/program`).expect(200)).body as { requiredDocuments: { report: { ja: string }[] } }).requiredDocuments.report;
    const refusal = await page.getByRole('alert').textContent();
    for (const paper of reportPapers) expect(refusal).toContain(paper.ja);
    expect(await checkScreen(page, 'action-report-refused')).toEqual(passingScreen);
    await uploadEach(caseId, SUPPORT.requiredDocuments.report);
    expect(await checkScreen(page, 'action-report')).toEqual(passingScreen);
    await page.getByRole('button', { name: '実績報告を提出する' }).click();
    await heading('実績報告を市が確かめています');

    await sendAs(caseId, 'approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第40号', refundOrderNumber: '一協第41号' }, '2025-12-20');
    await page.reload();
    await heading('補助金の返還をお願いしています');
    const view = (await (await api.as('applicant')).get(`/cases/${caseId}`).expect(200)).body as { amounts: { confirmed: number }; refund: { principalLeft: number; dueOnJa: string } };
    expect(view).toMatchObject({ amounts: { confirmed: 20_000 }, refund: { principalLeft: 10_000 } });
    const money = (await region('金額').textContent()) ?? '';
    expect(money).toContain('確定した額20,000円');
    expect(money).toContain('返還していただく額（残り）10,000円');
    expect(money).toContain(view.refund.dueOnJa);
    expect(money).toContain('前金払30,000円');
    const noticeList = (await region('市からの通知書').textContent()) ?? '';
    expect(noticeList).toContain('一協第40号');
    expect(noticeList).toContain('一協第41号');
    expect(await region('提出した書類').textContent()).toContain(`${SUPPORT.requiredDocuments.report[0]}.pdf`);
    expect(await checkScreen(page, 'case-refund-due')).toEqual(passingScreen);
  });

  it('after the window closed, no longer offers the program and says why the draft cannot be filed', async () => {
    const window = LOTTERY.applicationWindow as { opens: string; closes: string };
    clock.setTokyoDate(window.opens);
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: LOTTERY.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(LOTTERY, 'application'));
    clock.setTokyoDate('2025-10-20');

    await suite.signIn();
    await toPrograms();
    await page.getByRole('article', { name: SUPPORT.nameJa }).waitFor();
    expect(await page.getByRole('article', { name: LOTTERY.nameJa }).count()).toBe(0);
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await heading('申請書を作成中（下書き）');
    const submit = region('いまできること').getByRole('listitem').filter({ hasText: '申請書の提出' });
    expect(await submit.textContent()).toContain('募集期間（令和7年9月1日から令和7年10月10日まで）の外のため、提出できません。');
    // The draft cannot be filed any more, so the case does not offer the application form.
    expect(await page.getByRole('link', { name: '申請書を作成する' }).count()).toBe(0);
    expect(await checkScreen(page, 'case-window-closed')).toEqual(passingScreen);
  });

  it('shows the cap in the preview and refuses an amount above it under its field', async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await suite.signIn();
    await page.goto(`${baseUrl}/app/cases/${caseId}/application`);
    await page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）').fill('300000');
    const estimate = page.getByRole('region', { name: '交付される額の目安' });
    expect(await estimate.textContent()).toContain('上限額100,000円');
    expect(await page.getByTestId('estimate-most').textContent()).toBe('100,000円');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByLabel(/^申請する額（円）/).fill('200000');
    await page.getByRole('button', { name: 'この内容で提出する' }).click();
    await page.locator('#requested-amount-error').waitFor();
    const refusal = (await page.locator('#requested-amount-error').textContent()) ?? '';
    expect(refusal).toContain('100,000円');
    expect(refusal).not.toMatch(/[A-Za-z]/);
    const view = (await applicant.get(`/cases/${caseId}`).expect(200)).body as { state: { code: string } };
    expect(view.state.code).toBe('application.draft');
  });

  /** A case of SUPPORT decided at 60,000 yen and started, through the API. */
  const startedCase = async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await sendAs(caseId, 'applicant', { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 90_000 }], requestedAmount: 60_000 });
    await sendAs(caseId, 'officer', { type: 'ACCEPT' });
    await sendAs(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });
    await sendAs(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
    await sendAs(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' });
    await sendAs(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第77号' });
    await sendAs(caseId, 'applicant', { type: 'START_PROJECT' });
    return caseId;
  };

  it('requests a change of plan from the plan in force, and shows it waiting for the approver', async () => {
    const caseId = await startedCase();
    await suite.signIn();
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await openAction('変更承認申請', '計画の変更承認申請');
    const firstLine = page.getByRole('group', { name: '1行目' });
    expect(await firstLine.getByLabel('金額（円）').inputValue()).toBe('90000');
    expect(await field(page, '変更後の申請額（円）').inputValue()).toBe('60000');
    await field(page, '変更の内容と理由').fill('講演会を1回にするため、報償費を減らします。');
    await firstLine.getByLabel('金額（円）').fill('45000');
    await field(page, '変更後の申請額（円）').fill('30000');
    expect(await page.getByText('いまの交付決定額は 60,000円 です。変更後の経費では 30,000円 まで申請できます。').count()).toBe(1);
    // A reload keeps what was typed: the draft is on the device until it is sent.
    await page.reload();
    await heading('計画の変更承認申請');
    expect(await field(page, '変更の内容と理由').inputValue()).toBe('講演会を1回にするため、報償費を減らします。');
    expect(await checkScreen(page, 'action-change')).toEqual(passingScreen);
    await uploadEach(caseId, SUPPORT.requiredDocuments.change.filter((kind) => !SUPPORT.requiredDocuments.application.includes(kind)));
    await page.getByRole('button', { name: '変更を申請する' }).click();
    await heading('計画の変更を申し出ています');
    expect(await page.getByRole('region', { name: '計画の変更を申請しています' }).textContent()).toContain('変更後の申請額 30,000円');
    const view = (await (await api.as('applicant')).get(`/cases/${caseId}`).expect(200)).body as { pendingChange: { requestedAmount: number; plannedExpenses: unknown[] } };
    expect(view.pendingChange).toMatchObject({ requestedAmount: 30_000, plannedExpenses: [{ category: CATEGORY, amount: 45_000 }] });
  });

  it('withdraws a filed application only once the person says they read what it means', async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 30_000 }], requestedAmount: 20_000 }).expect(200);
    await suite.signIn();
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await openAction('申請の取下げ', '申請の取下げ');
    expect(await page.getByText('取り下げると、この申請の手続きは終わります。元に戻すことはできません。').count()).toBe(1);
    await field(page, '理由').fill('会場が使えなくなったため');
    await page.getByRole('button', { name: '申請を取り下げる' }).click();
    await page.getByText('説明を読んだら、確認の欄にチェックを入れてください。').waitFor();
    expect(await checkScreen(page, 'action-withdraw')).toEqual(passingScreen);
    const history = async () => ((await applicant.get(`/cases/${caseId}/history`).expect(200)).body as { eventType: string }[]).map((entry) => entry.eventType);
    expect(await history()).not.toContain('WITHDRAW');

    await page.getByLabel('上の説明を読み、内容を理解しました').check();
    await page.getByRole('button', { name: '申請を取り下げる' }).click();
    await heading('申請を取り下げました');
    expect(await history()).toContain('WITHDRAW');
  });
});
