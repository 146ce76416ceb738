import { checkScreen, passingScreen, tabTo } from '#libs/testing/browser';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, TEST_PASSWORD } from '#libs/testing';
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
  const focusedText = (on: Page) => on.evaluate<string>("document.activeElement ? document.activeElement.textContent : ''");
  const status = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const http = () => request(api.app.getHttpServer());

  it('adds a closed day on the calendar with the keyboard, and the due date of a correction the officer sets on it moves to the next open day', async () => {
    await page.clock.setFixedTime(clock.now());
    await suite.signInAs('admin');
    await menu('閉庁日').click();
    await heading('閉庁日');
    // From today (Thursday 1 May) two weeks down and five days on: Tuesday 20 May.
    await tabTo(page, page.getByRole('gridcell', { selected: true }));
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    await region('選んだ日: 令和7年5月20日(火)').waitFor();
    expect(await focusedText(page)).toContain('令和7年5月20日(火)');
    await tabTo(page, field(page, '理由'));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await field(page, '理由').getAttribute('aria-invalid')).toBe('true');
    expect(await region('選んだ日: 令和7年5月20日(火)').textContent()).toContain('理由を入力してください。');
    await tabTo(page, field(page, '理由'));
    await page.keyboard.type('庁舎設備点検のため閉庁');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '令和7年5月20日(火)を閉庁日にしました。' }).waitFor();
    expect(await region('登録している閉庁日').textContent()).toContain('庁舎設備点検のため閉庁');
    expect(await page.getByRole('gridcell', { name: /令和7年5月20日\(火\)/ }).textContent()).toContain('閉庁日です。理由: 庁舎設備点検のため閉庁');
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

  it('marks the national holidays on the month, pages months by key and by button, and takes a closed day out from the calendar', async () => {
    await (await api.as('admin')).post('/admin/closed-days', { date: '2025-06-10', reason: '選挙事務のため閉庁' }).expect(201);
    await page.clock.setFixedTime(clock.now());
    await suite.signInAs('admin');
    await menu('閉庁日').click();
    await heading('閉庁日');
    const calendar = page.getByRole('grid', { name: '令和7年（2025年）5月' });
    await calendar.waitFor();
    expect(await calendar.getByRole('columnheader').allTextContents()).toEqual(['日', '月', '火', '水', '木', '金', '土']);
    expect(await page.getByRole('gridcell', { name: /令和7年5月1日\(木\)/ }).getAttribute('aria-current')).toBe('date');
    await page.getByRole('gridcell', { name: /令和7年5月5日\(月\)、こどもの日/ }).waitFor();
    await page.getByRole('gridcell', { name: /令和7年5月6日\(火\)、こどもの日 振替休日/ }).click();
    expect(await region('選んだ日: 令和7年5月6日(火)').textContent()).toContain('こどもの日 振替休日のため、もともと閉庁日です。');
    expect(await checkScreen(page, 'admin-closed-days-holiday')).toEqual(passingScreen);

    // Page Down moves to the same day of June, Tuesday 10 June: the municipality's closed day.
    await page.keyboard.press('PageDown');
    await page.getByRole('grid', { name: '令和7年（2025年）6月' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const chosen = region('選んだ日: 令和7年6月10日(火)');
    await chosen.waitFor();
    expect(await chosen.textContent()).toContain('この自治体の閉庁日です。理由: 選挙事務のため閉庁');
    expect(await checkScreen(page, 'admin-closed-days-own-day')).toEqual(passingScreen);
    await tabTo(page, chosen.getByRole('button', { name: 'この日を閉庁日から外す' }));
    await page.keyboard.press('Enter');
    await status('令和7年6月10日(火)を閉庁日から外しました。');
    expect(await page.getByRole('gridcell', { name: /令和7年6月10日\(火\)/ }).textContent()).not.toContain('閉庁日です');
    expect(await chosen.textContent()).toContain('この日は開庁日です。');
    expect((await (await api.as('admin')).get('/admin/closed-days').expect(200)).body).toEqual([]);

    await page.getByRole('button', { name: '前の月（令和7年（2025年）5月）を表示する' }).click();
    await page.getByRole('grid', { name: '令和7年（2025年）5月' }).waitFor();
    for (let month = 0; month < 8; month += 1) await page.getByRole('button', { name: /^次の月/ }).click();
    await page.getByRole('grid', { name: '令和8年（2026年）1月' }).waitFor();
    await page.getByRole('gridcell', { name: /令和8年1月1日\(木\)、元日/ }).waitFor();
    await page.getByRole('gridcell', { name: /令和8年1月2日\(金\)、年末年始/ }).waitFor();
  });

  it('creates an officer with a one-time password and an area, changes their role to reviewer after being told it signs them out, and sees it', async () => {
    await suite.signInAs('admin');
    await menu('利用者').click();
    await heading('利用者');
    const form = region('利用者を登録する');
    await field(page, '氏名').fill('佐藤 花子（花泉支所）');
    await form.getByRole('button', { name: '登録して仮のパスワードを発行する' }).click();
    await form.getByRole('alert').waitFor();
    expect(await field(page, 'メールアドレス').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, '役割').getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).toContain('メールアドレスはメールアドレスの形式で入力してください。');
    expect(await field(page, '氏名').inputValue()).toBe('佐藤 花子（花泉支所）');
    expect(await checkScreen(page, 'admin-users-refused')).toEqual(passingScreen);

    await field(page, 'メールアドレス').fill('sato@ichinoseki.example');
    await field(page, '役割').selectOption({ label: '担当職員' });
    await form.getByRole('group', { name: '担当地域' }).getByLabel('舞川').check();
    await form.getByRole('button', { name: '登録して仮のパスワードを発行する' }).click();
    await status('佐藤 花子（花泉支所）さんを登録しました。');
    const temporary = (await page.getByTestId('temporary-password').textContent()) ?? '';
    expect(temporary).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const row = page.getByRole('row', { name: /佐藤 花子（花泉支所）/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['担当職員', '舞川']));
    expect(await field(page, '氏名').inputValue()).toBe('');
    expect(await checkScreen(page, 'admin-users-created')).toEqual(passingScreen);

    // Signed in with the one-time password, the new officer holds a session the role change will end.
    const login = await http().post('/auth/login').send({ tenant: tenant.code, email: 'sato@ichinoseki.example', password: temporary }).expect(200);
    expect(login.body.passwordChangeRequired).toBe(true);
    const token = login.body.accessToken as string;
    await http().get('/me').set('Authorization', `Bearer ${token}`).expect(200);

    await page.getByRole('button', { name: '佐藤 花子（花泉支所）さんの登録内容を変更する' }).click();
    const editor = region('佐藤 花子（花泉支所）さんの登録内容を変更する');
    await editor.waitFor();
    expect(await focusedText(page)).toBe('佐藤 花子（花泉支所）さんの登録内容を変更する');
    expect(await editor.getByRole('group', { name: '担当地域' }).getByLabel('舞川').isChecked()).toBe(true);
    await editor.getByLabel('役割').selectOption({ label: '審査員' });
    const save = editor.getByRole('button', { name: '役割を変えて保存する' });
    expect(await save.getAttribute('aria-describedby')).toBeTruthy();
    expect(await editor.textContent()).toContain('役割を変えると、佐藤 花子（花泉支所）さんはすべての端末でサインアウトします。');
    expect(await editor.textContent()).toContain('担当職員でなくなるため、担当地域の設定は外れます。');
    expect(await checkScreen(page, 'admin-user-role-change')).toEqual(passingScreen);
    await save.click();
    await status('佐藤 花子（花泉支所）さんの役割を審査員に変えました。');
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['審査員']));
    expect(await row.textContent()).not.toContain('舞川');
    await http().get('/me').set('Authorization', `Bearer ${token}`).expect(401);
    const users = (await (await api.as('admin')).get('/admin/users').expect(200)).body as { email: string; role: string; liaisonAreas: string[] }[];
    expect(users.find((user) => user.email === 'sato@ichinoseki.example')).toMatchObject({ role: 'reviewer', liaisonAreas: [] });
  });

  it('refuses taking the admin role from oneself under the role, keeping what was typed', async () => {
    await suite.signInAs('admin');
    await menu('利用者').click();
    await heading('利用者');
    expect(await page.getByRole('row', { name: /admin（あなた）/ }).getByRole('button', { name: /サインアウトさせる/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'adminさんの登録内容を変更する' }).click();
    const editor = region('adminさんの登録内容を変更する');
    await editor.getByLabel(/^氏名/).fill('管理 太郎（情報政策課）');
    await editor.getByLabel('役割').selectOption({ label: '担当職員' });
    await editor.getByRole('button', { name: '役割を変えて保存する' }).click();
    await editor.getByRole('alert').waitFor();
    const role = editor.getByLabel('役割');
    expect(await role.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await role.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('自分のシステム管理者の役割は外せません。ほかの管理者に変更を頼んでください。');
    expect(await editor.getByLabel(/^氏名/).inputValue()).toBe('管理 太郎（情報政策課）');
    expect(await role.inputValue()).toBe('officer');
    expect(await checkScreen(page, 'admin-user-own-role-refused')).toEqual(passingScreen);
    await editor.getByRole('button', { name: 'やめる' }).click();
    expect(await focusedText(page)).toBe('変更する');
    const me = (await (await api.as('admin')).get('/me').expect(200)).body as { role: string; displayName: string };
    expect(me).toMatchObject({ role: 'admin', displayName: 'admin' });
  });

  it('signs a user out of every device with the keyboard, their password unchanged', async () => {
    const token = await api.tokenOf('finance');
    await http().get('/me').set('Authorization', `Bearer ${token}`).expect(200);
    await suite.signInAs('admin');
    await menu('利用者').click();
    await heading('利用者');
    await tabTo(page, page.getByRole('button', { name: 'financeさんをすべての端末からサインアウトさせる' }), 80);
    await page.keyboard.press('Enter');
    await status('financeさんをすべての端末からサインアウトさせました。');
    expect(await focusedText(page)).toContain('financeさんをすべての端末からサインアウトさせました。');
    expect(await checkScreen(page, 'admin-users-signed-out')).toEqual(passingScreen);
    const refused = await http().get('/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(refused.body.code).toBe('AUTH_SIGNED_OUT');
    await http().post('/auth/login').send({ tenant: tenant.code, email: tenant.users.finance.email, password: TEST_PASSWORD }).expect(200);
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
