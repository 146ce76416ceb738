import { checkScreen, passingScreen } from '#libs/testing/browser';
import type { Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { browserSuite, field } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * The administrator in the browser: a closed day added (and a correction's due date moving off
 * it when the officer returns a filing), a one-time password issued and used, the audit chains
 * verified and the administration trail read; each side's addresses closed to the others.
 */
describe('an administrator keeps the municipality in a browser', () => {
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let baseUrl: string;
  let page: Page;
  beforeEach(() => ({ api, tenant, baseUrl, page } = suite));
  const { heading, region } = suite;
  const menu = (name: string) => page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name });

  it('adds a closed day, and the due date of a correction the officer sets on it moves to the next open day', async () => {
    await suite.signInAs('admin');
    await menu('閉庁日').click();
    await heading('閉庁日');
    await field(page, '日付').fill('2025-05-20');
    await field(page, '理由').fill('庁舎設備点検のため閉庁');
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByRole('status').filter({ hasText: '令和7年5月20日(火)を閉庁日にしました。' }).waitFor();
    expect(await region('登録している閉庁日').textContent()).toContain('庁舎設備点検のため閉庁');
    expect(await checkScreen(page, 'admin-closed-days')).toEqual(passingScreen);

    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 90_000 }], requestedAmount: 60_000 }).expect(200);

    await page.context().clearCookies();
    await suite.signInAs('officer');
    await page.goto(`${baseUrl}/app/cases/${caseId}/actions/RETURN_FOR_CORRECTION`);
    await field(page, '直してほしいところ').fill('収支予算書の合計を直してください。');
    await field(page, '直す期限').fill('2025-05-20');
    await page.getByRole('button', { name: '差し戻す' }).click();
    await heading('差戻し中');
    expect(await region('期限').textContent()).toContain('令和7年5月21日(水)');
    const view = (await (await api.as('officer')).get(`/cases/${caseId}`).expect(200)).body as { correction: { dueOn: string } };
    expect(view.correction.dueOn).toBe('2025-05-21');

    await page.context().clearCookies();
    await suite.signInAs('admin');
    await menu('閉庁日').click();
    await page.getByRole('button', { name: '令和7年5月20日(火)を閉庁日から外す' }).click();
    await page.getByRole('status').filter({ hasText: '令和7年5月20日(火)を閉庁日から外しました。' }).waitFor();
    expect(await region('登録している閉庁日').textContent()).toContain('登録している閉庁日はありません。');
    expect(await api.database.query(`SELECT 1 FROM tenant_closed_day WHERE tenant_id = $1`, [tenant.id])).toEqual([]);
  });

  it('issues a one-time password that signs the person in to change it, then finds both audit chains intact and lists what was done', async () => {
    await suite.signInAs('admin');
    await menu('利用者').click();
    await heading('利用者');
    await page.getByRole('button', { name: 'other-applicantさんの仮のパスワードを発行する' }).click();
    const temporary = (await page.getByTestId('temporary-password').textContent()) ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    expect(await checkScreen(page, 'admin-users')).toEqual(passingScreen);

    await menu('監査').click();
    await heading('監査');
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByRole('status').filter({ hasText: '改ざんは見つかりませんでした' }).waitFor();
    const trail = (await region('管理の記録（新しい順）').textContent()) ?? '';
    expect(trail).toContain('仮のパスワードの発行');
    expect(await checkScreen(page, 'admin-audit')).toEqual(passingScreen);

    await page.context().clearCookies();
    await page.goto(`${baseUrl}/app/sign-in?tenant=${tenant.code}`);
    await field(page, 'メールアドレス').fill(tenant.users.otherApplicant.email);
    await field(page, 'パスワード').fill(temporary);
    await page.getByRole('button', { name: 'サインインする' }).click();
    await heading('パスワードの変更');
  });

  it('registers an organization, refusing it without a name, and lets an applicant act for it until the membership ends', async () => {
    await suite.signInAs('admin');
    await menu('団体').click();
    await heading('団体');
    const form = region('団体を登録する');
    await form.getByLabel('団体の種類').selectOption({ label: '町内会・自治会' });
    await field(page, '地区').fill('中里');
    await field(page, '地区の人口').fill('2100');
    await form.getByRole('button', { name: '登録する' }).click();
    await form.getByRole('alert').waitFor();
    expect(await field(page, '団体名').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, '地区').inputValue()).toBe('中里');
    await field(page, '団体名').fill('中里町内会');
    await form.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('status').filter({ hasText: '中里町内会を登録しました。' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '中里町内会' }) });
    expect(await card.textContent()).toContain('町内会・自治会・中里地区・人口 2,100人');

    await card.getByLabel('中里町内会に会員を加える').selectOption({ label: `applicant（${tenant.users.applicant.email}）` });
    await card.getByRole('button', { name: '会員に加える' }).click();
    await page.getByRole('status').filter({ hasText: 'applicantさんを中里町内会の会員にしました。' }).waitFor();
    expect(await checkScreen(page, 'admin-organizations')).toEqual(passingScreen);
    const me = (await (await api.as('applicant')).get('/me').expect(200)).body as { organizations: { name: string }[] };
    expect(me.organizations.map((organization) => organization.name)).toContain('中里町内会');

    await card.getByRole('button', { name: 'applicantさんを中里町内会の会員から外す' }).click();
    await page.getByRole('status').filter({ hasText: 'applicantさんを中里町内会の会員から外しました。' }).waitFor();
    expect(await card.textContent()).toContain('まだ会員はいません。');
  });

  it("adds a version of a program from its rules as a form, each refusal under its field, and keeps the cases filed under the earlier one", async () => {
    await suite.signInAs('admin');
    await menu('制度').click();
    await heading('制度');
    await page.getByRole('link', { name: SUPPORT.nameJa }).click();
    await heading(SUPPORT.nameJa);
    const form = region('第2版を作る');
    expect(await field(page, '1団体あたり1年度の上限額（円）').inputValue()).toBe(String(SUPPORT.caps.perFiscalYear));
    await field(page, '分母（例: 3分の2なら 3）').fill('0');
    await field(page, '1団体あたり1年度の上限額（円）').fill('150000');
    await form.getByRole('button', { name: '第2版を作る' }).click();
    await form.getByRole('alert').waitFor();
    expect(await field(page, '分母（例: 3分の2なら 3）').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, '1団体あたり1年度の上限額（円）').inputValue()).toBe('150000');
    expect(await checkScreen(page, 'admin-program-refused')).toEqual(passingScreen);
    await field(page, '分母（例: 3分の2なら 3）').fill('3');
    await form.getByRole('button', { name: '第2版を作る' }).click();
    await page.getByRole('status').filter({ hasText: '第2版を作りました。' }).waitFor();
    expect(await region('これまでの版').textContent()).toContain('第2版');
    const detail = (await (await api.as('admin')).get(`/admin/programs/${encodeURIComponent(SUPPORT.code)}`).expect(200)).body as { latestVersion: number; versions: { version: number; definition: { caps: { perFiscalYear: number } } }[] };
    expect(detail.latestVersion).toBe(2);
    expect(detail.versions.find((version) => version.version === 2)?.definition.caps.perFiscalYear).toBe(150_000);
    expect(detail.versions.find((version) => version.version === 1)?.definition.caps.perFiscalYear).toBe(SUPPORT.caps.perFiscalYear);
  });

  it('keeps each side to its own addresses: the administrator has no cases, the staff no settings', async () => {
    await suite.signInAs('admin');
    await page.goto(`${baseUrl}/app/cases`);
    await heading('管理');
    await page.context().clearCookies();
    await suite.signInAs('officer');
    await page.goto(`${baseUrl}/app/admin/users`);
    await heading('やること');
    await page.context().clearCookies();
    await suite.signIn();
    await page.goto(`${baseUrl}/app/cases`);
    await heading('ホーム');
  });
});
