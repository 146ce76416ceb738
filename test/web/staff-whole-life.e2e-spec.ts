import { checkScreen, passingScreen } from '#libs/testing/browser';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, SettableClock, TEST_PASSWORD } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { browserSuite, field, type StaffUser } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * One case's whole life with every step in the browser, by the role whose step it is: the
 * applicant files, the officer accepts and assigns, the reviewer scores, the approver reduces
 * the grant (修正交付決定) and later confirms the amount, the applicant reports, finance pays;
 * then the audit chain is verified. And finance receiving a refund with its interest to date.
 */
describe('a case from filing to payment, each step by its role in a browser', () => {
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let page: Page;
  beforeEach(() => ({ api, page } = suite));
  afterEach(() => clock.setTokyoDate('2025-05-01'));

  const { heading, region, openAction, uploadEach } = suite;
  /** Signs out whoever was signed in and signs in as the next role on the day given. */
  const nextRole = async (who: 'applicant' | StaffUser, on: string) => {
    clock.setTokyoDate(on);
    await page.context().clearCookies();
    await (who === 'applicant' ? suite.signIn() : suite.signInAs(who));
  };
  const openCase = (caseId: string) => page.goto(`${suite.baseUrl}/app/cases/${caseId}`);
  /**
   * Signs in on another device (a browser context of its own, with none of this one's storage),
   * opens the address, waits for `shown`, and answers how many conflict-of-interest gates it shows.
   */
  const onAnotherDevice = async (who: StaffUser, path: string, shown: (elsewhere: Page) => Promise<void>): Promise<number> => {
    const context = await page.context().browser()!.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    try {
      const elsewhere = await context.newPage();
      await elsewhere.goto(`${suite.baseUrl}/app/sign-in?tenant=${suite.tenant.code}`);
      await field(elsewhere, 'メールアドレス').fill(suite.tenant.users[who].email);
      await field(elsewhere, 'パスワード').fill(TEST_PASSWORD);
      await elsewhere.getByRole('button', { name: 'サインインする' }).click();
      await elsewhere.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
      await elsewhere.goto(`${suite.baseUrl}${path}`);
      await shown(elsewhere);
      return await elsewhere.getByRole('region', { name: '審査の前に: 利害関係の確認' }).count();
    } finally {
      await context.close();
    }
  };

  it('is filed, accepted, reviewed, granted less than asked, reported, confirmed and paid, and its audit chain holds', async () => {
    await suite.signIn();
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '補助金の制度' }).click();
    await page.getByRole('article', { name: SUPPORT.nameJa }).getByRole('button', { name: '申請書を作り始める' }).click();
    await heading('申請書を作成中（下書き）');
    const caseId = new URL(page.url()).pathname.split('/')[3] as string;
    await page.getByRole('link', { name: '申請書を作成する' }).click();
    await page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）').fill('90000');
    await page.getByRole('button', { name: '次へ' }).click();
    await uploadEach(caseId, SUPPORT.requiredDocuments.application);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByLabel(/^申請する額（円）/).fill('60000');
    await page.getByRole('button', { name: 'この内容で提出する' }).click();
    await heading('申請しました。市が書類を確かめています');

    await nextRole('officer', '2025-05-12');
    await page.getByRole('listitem').filter({ hasText: '申請書を確認して受理する' }).getByRole('link', { name: '「受理」へ進む' }).click();
    await page.getByRole('button', { name: '受理する' }).click();
    await heading('審査中');
    await openAction('審査員の割当て', '審査員の割当て');
    await page.getByRole('radio', { name: 'reviewer', exact: true }).check();
    await page.getByRole('button', { name: '割り当てる' }).click();
    await heading('審査中');

    await nextRole('reviewer', '2025-05-20');
    // First the reviewer says whether they have a conflict of interest: until then the API sends the case's header only.
    await page.getByRole('listitem').filter({ hasText: '審査の前に、利益相反がないかを申告する' }).getByRole('link', { name: '案件を開く' }).click();
    await heading('審査中');
    const gate = region('審査の前に: 利害関係の確認');
    await gate.waitFor();
    const application = region('申請の内容（収支予算書）');
    expect(await application.count()).toBe(0);
    expect(await region('提出した書類').count()).toBe(0);
    expect(await checkScreen(page, 'review-conflict-gate')).toEqual(passingScreen);
    await gate.getByRole('button', { name: '利害関係はありません。申請を見る' }).click();
    await application.waitFor();
    expect(await region('これまでの経過').textContent()).toContain('reviewer（審査員）が「利益相反なしの申告」をしました');
    expect(await checkScreen(page, 'review-after-declaration')).toEqual(passingScreen);
    // The declaration is the server's, not this browser's: a reload, or another device, does not ask again.
    await page.reload();
    await heading('審査中');
    await application.waitFor();
    expect(await gate.count()).toBe(0);
    expect(await onAnotherDevice('reviewer', `/app/cases/${caseId}`, (elsewhere) => elsewhere.getByRole('region', { name: '申請の内容（収支予算書）' }).waitFor())).toBe(0);
    expect((await (await api.as('reviewer')).get(`/cases/${caseId}`).expect(200)).body.reviewAssignment).toEqual({ conflictDeclaration: 'noConflict', reviewed: false });
    await openAction('審査結果の提出', '審査結果の提出');
    const criterion = (index: number) => page.getByRole('group', { name: `${index}つ目の評価項目` });
    await field(page, '評価項目').fill('公益性');
    await field(page, '点数').fill('4');
    await page.getByRole('button', { name: '評価項目を追加する' }).click();
    await criterion(2).getByLabel(/^評価項目/).fill('実現性');
    await criterion(2).getByLabel(/^点数/).fill('3');
    expect(await page.getByTestId('review-total').textContent()).toBe('合計 7点');
    await field(page, '講評').fill('地域の担い手づくりにつながる計画です。');
    expect(await checkScreen(page, 'action-review')).toEqual(passingScreen);
    await page.getByRole('button', { name: '審査結果を提出する' }).click();
    await heading('決裁待ち');

    await nextRole('approver', '2025-05-30');
    await page.getByRole('listitem').filter({ hasText: '交付・不交付を決定する' }).getByRole('link', { name: '案件を開く' }).click();
    await heading('決裁待ち');
    const reviews = (await region('審査').textContent()) ?? '';
    expect(reviews).toContain('公益性: 4点');
    expect(reviews).toContain('合計 7点');
    await openAction('交付決定', '交付決定');
    // 2/3 of 90,000 is 60,000, under the program's cap of 100,000.
    expect(await page.getByTestId('grant-most').textContent()).toBe('60,000円');
    await field(page, '交付決定額（円）').fill('50000');
    await page.getByText('申請額（60,000円）より少ないため、修正交付決定になります。').waitFor();
    await field(page, '交付の条件').fill('講演会の記録写真を実績報告に添えること。');
    await field(page, '通知書の番号').fill('一協第12号');
    // The notice is read as it will be issued before it is; changing the form makes that reading out of date.
    await page.getByRole('button', { name: '発行される通知書を確かめる' }).click();
    const notice = region('発行される通知書（プレビュー）').getByRole('article');
    await notice.waitFor();
    const wording = (await notice.textContent()) ?? '';
    expect(wording).toContain('一協第12号');
    expect(wording).toContain('50,000');
    expect(wording).toContain('講演会の記録写真を実績報告に添えること。');
    expect(await checkScreen(page, 'action-grant')).toEqual(passingScreen);
    await field(page, '交付の条件').fill('講演会の記録写真と参加者名簿を実績報告に添えること。');
    await page.getByText('入力を変えました。もう一度確かめてください。').waitFor();
    await field(page, '交付の条件').fill('講演会の記録写真を実績報告に添えること。');
    await page.getByRole('button', { name: '交付を決定する' }).click();
    await heading('交付決定済み');

    await nextRole('applicant', '2025-06-01');
    await openCase(caseId);
    await heading('補助金の交付が決まりました');
    expect(await region('市からの通知書').textContent()).toContain('一協第12号');
    expect(await region('金額').textContent()).toContain('交付決定額50,000円');
    await openAction('事業の着手', '事業に着手したことの届出');
    await page.getByRole('button', { name: '事業を始めたことを届け出る' }).click();
    await heading('事業を実施中');
    clock.setTokyoDate('2025-12-01');
    await openAction('事業完了の報告', '事業の完了の届出');
    await field(page, '事業が終わった日').fill('2025-11-28');
    await page.getByRole('button', { name: '完了を届け出る' }).click();
    await heading('実績報告の提出をお願いしています');
    clock.setTokyoDate('2025-12-10');
    await openAction('実績報告書の提出', '実績報告');
    await page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）').fill('60000');
    await field(page, '事業の成果').fill('講演会を2回開き、延べ48人が参加しました。');
    await uploadEach(caseId, SUPPORT.requiredDocuments.report);
    await page.getByRole('button', { name: '実績報告を提出する' }).click();
    await heading('実績報告を市が確かめています');

    await nextRole('approver', '2025-12-20');
    await openCase(caseId);
    await openAction('額の確定', '額の確定');
    // 2/3 of the 60,000 spent is 40,000, under the 50,000 decided.
    expect(await page.getByTestId('confirm-computed').textContent()).toBe('40,000円');
    await field(page, '通知書の番号').fill('一協第40号');
    expect(await checkScreen(page, 'action-confirm')).toEqual(passingScreen);
    await page.getByRole('button', { name: '額を確定する' }).click();
    await heading('精算払待ち');

    await nextRole('finance', '2025-12-25');
    await page.getByRole('listitem').filter({ hasText: '舞川地区地域協働体' }).getByRole('link', { name: /支払/ }).first().click();
    await heading('支払の記録');
    expect(await field(page, '支払った額（円）').inputValue()).toBe('40000');
    expect(await page.getByLabel('支払の種類').inputValue()).toBe('finalPayment');
    await field(page, '支払日').fill('2025-12-25');
    expect(await checkScreen(page, 'action-payment')).toEqual(passingScreen);
    await page.getByRole('button', { name: '支払を記録する' }).click();
    await heading('完了');

    const history = (await (await api.as('applicant')).get(`/cases/${caseId}/history`).expect(200)).body as { eventType: string; actorRole: string }[];
    const steps = history.filter((entry) => entry.eventType !== 'ATTACH_DOCUMENT').map((entry) => `${entry.actorRole}:${entry.eventType}`);
    expect(steps).toEqual([
      'applicant:START_APPLICATION',
      'applicant:SUBMIT',
      'officer:ACCEPT',
      'officer:ASSIGN_REVIEWER',
      'reviewer:AFFIRM_NO_CONFLICT',
      'reviewer:SUBMIT_REVIEW',
      'approver:DECIDE_GRANT',
      'applicant:START_PROJECT',
      'applicant:COMPLETE_PROJECT',
      'applicant:SUBMIT_REPORT',
      'approver:CONFIRM_AMOUNT',
      'finance:RECORD_PAYMENT',
    ]);
    const verification = (await (await api.as('admin')).get('/admin/audit/verify').expect(200)).body as { firstBroken: unknown; entriesChecked: number };
    expect(verification.firstBroken).toBeNull();
    expect(verification.entriesChecked).toBeGreaterThanOrEqual(history.length);
  });

  it('lets a reviewer declare a conflict of interest without opening the application, and asks the officer for another reviewer', async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: suite.tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 90_000 }], requestedAmount: 60_000 }).expect(200);
    const officer = await api.as('officer');
    await officer.post(`/cases/${caseId}/events`, { type: 'ACCEPT' }).expect(200);
    await officer.post(`/cases/${caseId}/events`, { type: 'ASSIGN_REVIEWER', reviewerId: suite.tenant.users.secondReviewer.id }).expect(200);

    clock.setTokyoDate('2025-05-14');
    await page.goto(`${suite.baseUrl}/app/sign-in?tenant=${suite.tenant.code}`);
    await field(page, 'メールアドレス').fill(suite.tenant.users.secondReviewer.email);
    await field(page, 'パスワード').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'サインインする' }).click();
    await heading('やること');
    // The review's own address asks for the declaration first, with no field of the form.
    await page.goto(`${suite.baseUrl}/app/cases/${caseId}/actions/SUBMIT_REVIEW`);
    await heading('審査結果の提出');
    await region('審査の前に: 利害関係の確認').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await checkScreen(page, 'action-review-conflict-gate')).toEqual(passingScreen);
    await openCase(caseId);
    await heading('審査中');
    // Before the declaration nothing of the application is on the screen.
    expect(await region('申請の内容（収支予算書）').count()).toBe(0);
    await region('審査の前に: 利害関係の確認').getByRole('link', { name: '利益相反を申告する（申請は見ません）' }).click();
    await heading('利益相反の申告');
    await field(page, '事情').fill('申請団体の監事を務めているため。');
    expect(await checkScreen(page, 'action-conflict')).toEqual(passingScreen);
    await page.getByRole('button', { name: '利益相反を申告する' }).click();
    // The case is no longer theirs to see: back to their to-do list, where it is gone.
    await heading('やること');
    expect(await page.locator(`a[href="/app/cases/${caseId}"]`).count()).toBe(0);
    const history = (await officer.get(`/cases/${caseId}/history`).expect(200)).body as { eventType: string; actorRole: string }[];
    expect(history.at(-1)).toMatchObject({ eventType: 'DECLARE_CONFLICT', actorRole: 'reviewer' });
    const tasks = (await officer.get('/me/tasks').expect(200)).body as { items: { kind: string; case: { id: string } }[] };
    expect(tasks.items.filter((task) => task.case.id === caseId).map((task) => task.kind)).toContain('assignReviewer');
  });

  it('lets finance receive a refund with the interest to date, computed on the screen', async () => {
    const applicant = await api.as('applicant');
    const send = async (who: Parameters<typeof api.as>[0], event: object, on: string) => {
      clock.setTokyoDate(on);
      await (await api.as(who)).post(`/cases/${caseId}/events`, event).expect(200);
    };
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: suite.tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await send('applicant', { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 90_000 }], requestedAmount: 60_000 }, '2025-05-01');
    await send('officer', { type: 'ACCEPT' }, '2025-05-12');
    await send('officer', { type: 'ASSIGN_REVIEWER', reviewerId: suite.tenant.users.reviewer.id }, '2025-05-12');
    await send('reviewer', { type: 'AFFIRM_NO_CONFLICT' }, '2025-05-13');
    await send('reviewer', { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' }, '2025-05-20');
    await send('approver', { type: 'DECIDE_GRANT', amount: 60_000, conditions: [], noticeNumber: '一協第52号' }, '2025-05-30');
    await send('applicant', { type: 'START_PROJECT' }, '2025-06-01');
    await send('applicant', { type: 'REQUEST_ADVANCE', amount: 30_000 }, '2025-06-01');
    await send('finance', { type: 'RECORD_PAYMENT', amount: 30_000, paidOn: '2025-06-10', kind: 'prepayment' }, '2025-06-10');
    await send('applicant', { type: 'COMPLETE_PROJECT', completedOn: '2025-11-28' }, '2025-12-01');
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'report'));
    await send('applicant', { type: 'SUBMIT_REPORT', actualExpenses: [{ category: CATEGORY, amount: 30_000 }], outcomes: '講演会を1回開きました。' }, '2025-12-10');
    await send('approver', { type: 'CONFIRM_AMOUNT', noticeNumber: '一協第60号', refundOrderNumber: '一協第61号' }, '2025-12-20');

    // Well past the refund's due date: 加算金 and 延滞金 have run.
    await nextRole('finance', '2026-03-10');
    // The year's close lists it among the cases not settled before 31 May.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '年度末の未精算' }).click();
    await heading('年度末の未精算案件');
    await page.getByLabel('年度').selectOption({ label: '令和7年度' });
    const unsettled = page.getByRole('region', { name: '未精算案件の一覧（横にスクロールできます）' }).getByRole('row').filter({ hasText: '返還待ち' });
    expect(await unsettled.textContent()).toContain('30,000円');
    expect(new URL(page.url()).searchParams.get('fiscalYear')).toBe('2025');
    expect(await checkScreen(page, 'fiscal-year-close')).toEqual(passingScreen);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSVで保存する/ }).click()]);
    expect((await readFile(await download.path())).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await unsettled.getByRole('link').click();
    await heading('返還待ち');
    await openAction('返還金の収納の記録', '返還金の収納');
    const owed = (await (await api.as('finance')).get(`/cases/${caseId}`).expect(200)).body as { refund: { total: number; principalLeft: number; addition: number; delinquency: number } };
    expect(owed.refund.principalLeft).toBe(10_000);
    expect(owed.refund.addition + owed.refund.delinquency).toBeGreaterThan(0);
    expect(await page.getByText(`返還を求める額は ${owed.refund.total.toLocaleString('ja-JP')}円 です。`).count()).toBe(1);
    expect(await field(page, '収納した額（円）').inputValue()).toBe(String(owed.refund.total));
    await field(page, '収納日').fill('2026-03-10');
    expect(await checkScreen(page, 'action-refund')).toEqual(passingScreen);
    await page.getByRole('button', { name: '収納を記録する' }).click();
    await heading('完了');
  });
});
