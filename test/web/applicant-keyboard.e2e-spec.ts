import { checkScreen, chooseFileWithKeyboard, passingScreen, tabTo } from '#libs/testing/browser';
import type { Locator, Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type ApiTestUser, type SeededTenant, SettableClock } from '#libs/testing';
import { SAMPLE_PDF } from '#libs/testing/case-papers';
import { browserSuite, field } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * The applicant's main path with the keyboard alone (Tab, typing, Enter, Space, arrows): sign
 * in, start an application from the programs, fill its expenses, upload each paper, file it;
 * then, the city's steps sent through the API, report to the start of the project and file
 * the performance report with its receipts. No click, no fill: every element is reached by
 * Tab in the page's order.
 */
describe('an applicant files and reports with the keyboard alone', () => {
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let page: Page;
  beforeEach(() => {
    ({ api, tenant, page } = suite);
    // Playwright takes over the file chooser once a listener exists; one from the start means a
    // key pressed right after waiting for the chooser cannot open the native one first.
    page.on('filechooser', () => undefined);
  });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const press = async (target: Locator, key: string) => {
    await tabTo(page, target);
    await page.keyboard.press(key);
  };
  const typeInto = async (target: Locator, text: string) => {
    await tabTo(page, target);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };
  const uploadEach = async (caseId: string, kinds: readonly string[]) => {
    for (const kind of kinds) {
      await tabTo(page, page.locator(`#paper-${kind}`));
      const uploaded = page.waitForResponse((response) => response.url().endsWith(`/cases/${caseId}/attachments`) && response.request().method() === 'POST');
      await chooseFileWithKeyboard(page, { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
      expect((await uploaded).status()).toBe(201);
      await page.getByText(`提出済み: ${kind}.pdf`).waitFor();
    }
  };
  const sendAs = async (caseId: string, who: ApiTestUser, event: object, on: string) => {
    clock.setTokyoDate(on);
    await (await api.as(who)).post(`/cases/${caseId}/events`, event).expect(200);
  };

  it('files an application with its papers, then reports what was spent with its receipts', async () => {
    await suite.signInWithKeyboard();
    await press(page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '補助金の制度' }), 'Enter');
    await heading('補助金の制度');
    await press(page.getByRole('article', { name: SUPPORT.nameJa }).getByRole('button', { name: '申請書を作り始める' }), 'Enter');
    await heading('申請書を作成中（下書き）');
    const caseId = new URL(page.url()).pathname.split('/')[3] as string;

    await press(page.getByRole('link', { name: '申請書を作成する' }), 'Enter');
    await heading('申請書の作成');
    const firstLine = page.getByRole('group', { name: '1行目' });
    const kind = firstLine.getByLabel('経費の種類');
    await tabTo(page, kind);
    // Arrows move through a closed select's options, as a person without a mouse chooses one.
    for (let presses = 0; presses < 10 && (await kind.inputValue()) !== CATEGORY; presses++) await page.keyboard.press('ArrowDown');
    expect(await kind.inputValue()).toBe(CATEGORY);
    await typeInto(firstLine.getByLabel('金額（円）'), '90000');
    await press(page.getByRole('button', { name: '次へ' }), 'Enter');
    await heading('申請書の作成');
    await uploadEach(caseId, SUPPORT.requiredDocuments.application);
    await press(page.getByRole('button', { name: '次へ' }), 'Enter');
    await typeInto(page.getByLabel(/^申請する額（円）/), '60000');
    // Enter in the last field files the form, as in any form.
    await page.keyboard.press('Enter');
    await heading('申請しました。市が書類を確かめています');
    const applicant = await api.as('applicant');
    expect((await applicant.get(`/cases/${caseId}`).expect(200)).body).toMatchObject({ state: { code: 'application.submitted' }, amounts: { requested: 60_000 } });

    await sendAs(caseId, 'officer', { type: 'ACCEPT' }, '2025-05-12');
    await sendAs(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id }, '2025-05-12');
    await sendAs(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' }, '2025-05-13');
    await sendAs(caseId, 'reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    await sendAs(caseId, 'approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第12号' }, '2025-05-30');
    clock.setTokyoDate('2025-06-01');
    await page.reload();
    await heading('補助金の交付が決まりました');
    await press(page.getByRole('link', { name: '「事業の着手」へ進む' }), 'Enter');
    await heading('事業に着手したことの届出');
    await press(page.getByRole('button', { name: '事業を始めたことを届け出る' }), 'Enter');
    await heading('事業を実施中');

    clock.setTokyoDate('2025-12-01');
    await page.reload();
    await press(page.getByRole('link', { name: '「事業完了の報告」へ進む' }), 'Enter');
    await heading('事業の完了の届出');
    // Debian's Chromium carries only its en-US texts (no chromium-l10n), so its date field reads
    // month / day / year; each part moves on to the next once it is full.
    await tabTo(page, field(page, '事業が終わった日'));
    await page.keyboard.type('11282025');
    expect(await field(page, '事業が終わった日').inputValue()).toBe('2025-11-28');
    await press(page.getByRole('button', { name: '完了を届け出る' }), 'Enter');
    await heading('実績報告の提出をお願いしています');

    clock.setTokyoDate('2025-12-10');
    await press(page.getByRole('link', { name: '「実績報告書の提出」へ進む' }), 'Enter');
    await heading('実績報告');
    await typeInto(page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）'), '75000');
    await typeInto(field(page, '事業の成果'), '講演会を2回開き、延べ48人が参加しました。');
    await uploadEach(caseId, SUPPORT.requiredDocuments.report);
    // 2/3 of 75,000 is 50,000, under the 60,000 decided: nothing was paid yet, so 50,000 is to be paid.
    expect(await page.getByTestId('settlement-confirmed').textContent()).toBe('50,000円');
    expect(await checkScreen(page, 'action-report-keyboard')).toEqual(passingScreen);
    await press(page.getByRole('button', { name: '実績報告を提出する' }), 'Enter');
    await heading('実績報告を市が確かめています');
    const report = (await applicant.get(`/cases/${caseId}/expenses`).expect(200)).body as { actual: { lines: { position: number; category: string; amount: number; eligible: boolean }[] } };
    expect(report.actual.lines).toEqual([{ position: 0, category: CATEGORY, amount: 75_000, eligible: true }]);
  });
});
