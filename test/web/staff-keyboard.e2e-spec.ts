import { checkScreen, passingScreen, tabTo } from '#libs/testing/browser';
import type { Locator, Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type ApiTestUser, SettableClock } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { browserSuite, field, type StaffUser } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * The reviewer's, the approver's and finance's main steps with the keyboard alone (Tab, typing,
 * Enter, Space): from the to-do list to the form and back, as a person without a mouse works.
 */
describe('the city staff work with the keyboard alone', () => {
  const clock = new SettableClock(new Date('2025-05-12T12:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let page: Page;
  beforeEach(() => ({ api, page } = suite));
  const { heading } = suite;

  const press = async (target: Locator, key: string) => {
    await tabTo(page, target);
    await page.keyboard.press(key);
  };
  const typeInto = async (target: Locator, text: string) => {
    await tabTo(page, target);
    await page.keyboard.type(text);
  };
  const send = async (caseId: string, who: ApiTestUser, event: object) => (await api.as(who)).post(`/cases/${caseId}/events`, event).expect(200);
  const signInAs = async (who: StaffUser) => {
    await page.context().clearCookies();
    await suite.signInWithKeyboard(who);
  };
  const taskLink = (caseId: string, type: string) => page.locator(`a[href="/app/cases/${caseId}/actions/${type}"]`);

  it('scores a review, decides the grant and records the advance paid', async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: suite.tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await send(caseId, 'applicant', { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 90_000 }], requestedAmount: 60_000 });
    await send(caseId, 'officer', { type: 'ACCEPT' });
    await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: suite.tenant.users.reviewer.id });

    await signInAs('reviewer');
    // The to-do is the declaration of conflicts first; "none" opens the case with its application.
    await press(taskLink(caseId, 'AFFIRM_NO_CONFLICT'), 'Enter');
    await heading('利害関係の確認');
    expect(await page.getByRole('region', { name: '申請の内容（収支予算書）' }).count()).toBe(0);
    expect(await checkScreen(page, 'action-affirm-no-conflict')).toEqual(passingScreen);
    await press(page.getByRole('button', { name: '利害関係はありません。申請を見る' }), 'Enter');
    await heading('審査中');
    await page.getByRole('region', { name: '申請の内容（収支予算書）' }).waitFor();
    expect((await (await api.as('reviewer')).get(`/cases/${caseId}`).expect(200)).body.reviewAssignment.conflictDeclaration).toBe('noConflict');
    await press(page.getByRole('link', { name: '「審査結果の提出」へ進む' }), 'Enter');
    await heading('審査結果の提出');
    // Read again, the review's address shows the form: the declaration is not asked twice.
    await page.reload();
    await heading('審査結果の提出');
    expect(await page.getByRole('region', { name: '審査の前に: 利害関係の確認' }).count()).toBe(0);
    await typeInto(field(page, '評価項目'), '公益性');
    await typeInto(field(page, '点数'), '5');
    await typeInto(field(page, '講評'), '地域の合意がよく取れています。');
    await press(page.getByRole('button', { name: '審査結果を提出する' }), 'Enter');
    await heading('決裁待ち');

    await signInAs('approver');
    await press(taskLink(caseId, 'DECIDE_GRANT'), 'Enter');
    await heading('交付決定');
    expect(await field(page, '交付決定額（円）').inputValue()).toBe('60000');
    await typeInto(field(page, '通知書の番号'), '一協第90号');
    await press(page.getByRole('button', { name: '交付を決定する' }), 'Enter');
    await heading('交付決定済み');

    clock.setTokyoDate('2025-06-02');
    await send(caseId, 'applicant', { type: 'START_PROJECT' });
    await send(caseId, 'applicant', { type: 'REQUEST_ADVANCE', amount: 30_000 });
    await signInAs('finance');
    await press(taskLink(caseId, 'RECORD_PAYMENT'), 'Enter');
    await heading('支払の記録');
    expect(await field(page, '支払った額（円）').inputValue()).toBe('30000');
    // Debian's Chromium shows its date fields as month / day / year (see applicant-keyboard).
    await typeInto(field(page, '支払日'), '06022025');
    expect(await field(page, '支払日').inputValue()).toBe('2025-06-02');
    await press(page.getByRole('button', { name: '支払を記録する' }), 'Enter');
    await heading('事業実施中');
    const view = (await (await api.as('finance')).get(`/cases/${caseId}`).expect(200)).body as { amounts: { paid: number } };
    expect(view.amounts.paid).toBe(30_000);
  });
});
