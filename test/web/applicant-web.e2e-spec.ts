import { axeViolations, checkScreen, listenForBrowser, passingScreen, SCREENSHOTS_DIR } from '#libs/testing/browser';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp, TEST_PASSWORD } from '#libs/testing';
import { attachPapers, papersFor, SAMPLE_PDF } from '#libs/testing/case-papers';
import { browserSuite, field } from './browser-suite.js';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { configureApiApp } from '../../apps/api/src/create-api-app.js';

const SUPPORT = seedProgram('協働支援');

/** Sessions this long reach the warning's last five minutes a few seconds after they start. */
const SHORT_SESSION_SECONDS = 5 * 60 + 5;

/**
 * The applicant's web app in headless Chromium, served by the API it talks to (real
 * PostgreSQL), as the treasurer of a 町内会 meets it: sign in, home, programs, password,
 * the session's warning, sign out. Every screen is checked with axe at 360 and 1280 px and
 * written to test-output/screens.
 */
describe('the applicant web app in a browser', () => {
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
  const signIn = (email?: string) => suite.signIn(email);

  it('sends a visitor to sign-in, and refuses a wrong password in Japanese without losing what was typed', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    expect(await checkScreen(page, 'sign-in')).toEqual(passingScreen);

    await field(page, '自治体コード').fill(tenant.code);
    await field(page, 'メールアドレス').fill(tenant.users.applicant.email);
    await field(page, 'パスワード').fill('not the password');
    await page.getByRole('button', { name: 'サインインする' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('メールアドレスまたはパスワードが違います');
    expect(await field(page, 'メールアドレス').inputValue()).toBe(tenant.users.applicant.email);
    expect(await checkScreen(page, 'sign-in-refused')).toEqual(passingScreen);
  });

  it('signs in with the keyboard alone and shows each case with its status in plain words, the next step and its deadline', async () => {
    const applicant = await api.as('applicant');
    const opened = await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201);
    const consultation = await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'consultation' }).expect(201);
    const tasks = (await applicant.get('/me/tasks').expect(200)).body.items as { case: { id: string }; label: { ja: string }; due: { dueOn: string } | null }[];
    const draftTask = tasks.find((task) => task.case.id === opened.body.id);
    if (!draftTask) throw new Error('the applicant has no task for the draft');

    await suite.signInWithKeyboard();

    const cards = page.getByRole('region', { name: 'あなたの団体の申請' }).getByRole('listitem');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const draftCard = cards.filter({ hasText: '申請書を作成中（下書き）' });
    expect(await draftCard.textContent()).toContain(draftTask.label.ja);
    expect(await cards.filter({ hasText: '市に相談中' }).count()).toBe(1);
    expect(consultation.body.id).not.toBe(opened.body.id);
    expect(await checkScreen(page, 'home')).toEqual(passingScreen);
  });

  it('lists the programs open to the organization with rate, caps, window and papers', async () => {
    const catalogue = (await (await api.as('applicant')).get('/programs').expect(200)).body as { nameJa: string; rate: { ja: string }; requiredDocuments: { application: { ja: string }[] } }[];
    expect(catalogue.length).toBeGreaterThan(0);
    await signIn();
    await page.getByRole('link', { name: '補助金の制度' }).click();
    await page.getByRole('heading', { level: 1, name: '補助金の制度' }).waitFor();
    for (const program of catalogue) {
      const card = page.getByRole('article', { name: program.nameJa });
      expect(await card.textContent()).toContain(program.rate.ja);
      for (const document of program.requiredDocuments.application) expect(await card.textContent()).toContain(document.ja);
    }
    expect(await checkScreen(page, 'programs')).toEqual(passingScreen);
  });

  it('asks for a consultation from a program card and opens the case page with its history in words', async () => {
    const applicant = await api.as('applicant');
    const catalogue = (await applicant.get('/programs').expect(200)).body as { code: string; nameJa: string }[];
    const support = catalogue.find((program) => program.code === SUPPORT.code);
    if (!support) throw new Error(`${SUPPORT.code} is not in the applicant's catalogue`);
    await signIn();
    await page.getByRole('link', { name: '補助金の制度' }).click();
    await page.getByRole('article', { name: support.nameJa }).getByRole('button', { name: '市に相談する（相談の申込み）' }).click();
    await page.getByRole('heading', { level: 1, name: '市に相談中' }).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop() as string;
    const view = (await applicant.get(`/cases/${caseId}`).expect(200)).body as { state: { code: string }; program: { code: string } };
    expect(view).toMatchObject({ state: { code: 'consultation.open' }, program: { code: SUPPORT.code } });
    const history = page.getByRole('region', { name: 'これまでの経過' });
    expect(await history.textContent()).toContain('applicant（申請団体）が「相談の申込み」をしました');
    expect(await checkScreen(page, 'case-consultation')).toEqual(passingScreen);
  });

  it('opens one application however often the button is clicked', async () => {
    const applicant = await api.as('applicant');
    const countCases = async () => ((await applicant.get('/cases?limit=100').expect(200)).body.items as unknown[]).length;
    const catalogue = (await applicant.get('/programs').expect(200)).body as { code: string; nameJa: string }[];
    const support = catalogue.find((program) => program.code === SUPPORT.code) as { nameJa: string };
    const before = await countCases();
    await signIn();
    await page.getByRole('link', { name: '補助金の制度' }).click();
    await page.getByRole('article', { name: support.nameJa }).getByRole('button', { name: '申請書を作り始める' }).dblclick();
    await page.getByRole('heading', { level: 1, name: '申請書を作成中（下書き）' }).waitFor();
    expect(await countCases()).toBe(before + 1);
  });

  it('files an application in steps: the draft survives a reload, the preview is the most the server grants, papers are uploaded, one filing', async () => {
    const applicant = await api.as('applicant');
    const opened = await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201);
    const caseId = opened.body.id as string;
    const [eligibleCategory] = SUPPORT.eligibleExpenseCategories as [string];
    await signIn();
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await page.getByRole('link', { name: '申請書を作成する' }).click();
    await page.getByRole('heading', { level: 1, name: '申請書の作成' }).waitFor();

    const firstLine = page.getByRole('group', { name: '1行目' });
    await firstLine.getByLabel('経費の種類').selectOption(eligibleCategory);
    await firstLine.getByLabel('金額（円）').fill('150001');
    await page.getByRole('button', { name: '経費の行を追加する' }).click();
    const secondLine = page.getByRole('group', { name: '2行目' });
    await secondLine.getByLabel('経費の種類').selectOption('その他（補助の対象外）');
    await secondLine.getByLabel('金額（円）').fill('20000');
    await page.getByText('「その他（補助の対象外）」は、この制度の補助の対象外です。団体の負担になります。').waitFor();
    expect(await checkScreen(page, 'application-expenses')).toEqual(passingScreen);

    // A reload keeps what was typed.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '申請書の作成' }).waitFor();
    expect(await page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）').inputValue()).toBe('150001');
    expect(await page.getByRole('group', { name: '2行目' }).getByLabel('金額（円）').inputValue()).toBe('20000');
    const most = Number(((await page.getByTestId('estimate-most').textContent()) ?? '').replace(/[^0-9]/g, ''));
    expect(most).toBeGreaterThan(0);

    await page.getByRole('button', { name: '次へ' }).click();
    for (const kind of SUPPORT.requiredDocuments.application) {
      const input = page.locator(`#paper-${kind}`);
      const uploaded = page.waitForResponse((response) => response.url().endsWith(`/cases/${caseId}/attachments`) && response.request().method() === 'POST');
      await input.setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
      expect((await uploaded).status()).toBe(201);
    }
    await page.getByText(`提出済み: ${SUPPORT.requiredDocuments.application.at(-1)}.pdf`).waitFor();
    expect(await checkScreen(page, 'application-papers')).toEqual(passingScreen);

    await page.getByRole('button', { name: '次へ' }).click();
    // One yen above the preview is above what the server grants: the preview is its maximum, not a guess.
    await page.getByLabel(/^申請する額（円）/).fill(String(most + 1));
    await page.getByRole('button', { name: 'この内容で提出する' }).click();
    await page.locator('#requested-amount-error').waitFor();
    expect(await page.locator('#requested-amount-error').textContent()).toContain('交付できる上限');
    expect(await checkScreen(page, 'application-refused')).toEqual(passingScreen);

    await page.getByLabel(/^申請する額（円）/).fill(String(most));
    await page.getByRole('button', { name: 'この内容で提出する' }).dblclick();
    await page.getByRole('heading', { level: 1, name: '申請しました。市が書類を確かめています' }).waitFor();
    const history = (await applicant.get(`/cases/${caseId}/history`).expect(200)).body as { eventType: string }[];
    expect(history.filter((entry) => entry.eventType === 'SUBMIT')).toHaveLength(1);
    const view = (await applicant.get(`/cases/${caseId}`).expect(200)).body as { amounts: { requested: number } };
    expect(view.amounts.requested).toBe(most);
    expect(await checkScreen(page, 'case-submitted')).toEqual(passingScreen);
  });

  it('after a 差戻し shows the reason and due date first, reopens the form on the last filing, shows what changed, and resubmits', async () => {
    const applicant = await api.as('applicant');
    const [eligibleCategory] = SUPPORT.eligibleExpenseCategories as [string];
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: eligibleCategory, amount: 60000 }], requestedAmount: 40000 }).expect(200);
    const reason = '報償費の内訳（講師の人数と単価）を書き添えてください';
    await (await api.as('officer')).post(`/cases/${caseId}/events`, { type: 'RETURN_FOR_CORRECTION', reason, dueOn: '2025-05-20' }).expect(200);

    await signIn();
    const card = page.getByRole('region', { name: 'あなたの団体の申請' }).getByRole('listitem').filter({ hasText: '書類の直しをお願いしています（差戻し）' });
    await card.getByRole('link').click();
    const correction = page.getByRole('region', { name: '市から書類の直しをお願いしています' });
    expect(await correction.textContent()).toContain(reason);
    expect(await correction.textContent()).toContain('令和7年5月20日(火)');
    expect(await page.getByRole('region', { name: '期限' }).textContent()).toContain('補正（差戻し）への対応: 令和7年5月20日(火)');
    const trail = await page.getByRole('region', { name: 'これまでの経過' }).textContent();
    expect(trail).toContain('applicant（申請団体）が「書類の添付」をしました');
    expect(trail).toContain('officer（担当職員）が「差戻し（補正依頼）」をしました');
    expect(await checkScreen(page, 'case-returned')).toEqual(passingScreen);

    await page.getByRole('link', { name: '申請書を直して再提出する' }).click();
    const firstLine = page.getByRole('group', { name: '1行目' });
    expect(await firstLine.getByLabel('金額（円）').inputValue()).toBe('60000');
    await firstLine.getByLabel('金額（円）').fill('66000');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    const changes = page.getByRole('region', { name: '前回の提出から変えたところ' });
    expect(await changes.textContent()).toContain(`${eligibleCategory}: 60,000円 → 66,000円`);
    expect(await page.getByLabel(/^申請する額（円）/).inputValue()).toBe('40000');
    expect(await checkScreen(page, 'application-resubmit')).toEqual(passingScreen);
    await page.getByRole('button', { name: '直した内容で再提出する' }).click();
    await page.getByRole('heading', { level: 1, name: '申請しました。市が書類を確かめています' }).waitFor();
    const expenses = (await applicant.get(`/cases/${caseId}/expenses`).expect(200)).body as { planned: { eventType: string; lines: { amount: number }[] } };
    expect(expenses.planned).toMatchObject({ eventType: 'RESUBMIT', lines: [{ amount: 66000 }] });
  });

  it('prints a copy of the application as last filed, on A4, without the screen\'s header and buttons', async () => {
    const applicant = await api.as('applicant');
    const [eligibleCategory] = SUPPORT.eligibleExpenseCategories as [string];
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: eligibleCategory, amount: 60000 }], requestedAmount: 40000 }).expect(200);
    const officer = await api.as('officer');
    await officer.post(`/cases/${caseId}/events`, { type: 'RETURN_FOR_CORRECTION', reason: '内訳を書き添えてください', dueOn: '2025-05-20' }).expect(200);
    clock.setTokyoDate('2025-05-07');
    await applicant
      .post(`/cases/${caseId}/events`, { type: 'RESUBMIT', plannedExpenses: [{ category: eligibleCategory, amount: 66000 }, { category: '飲食費', amount: 5000 }], requestedAmount: 44000 })
      .expect(200);
    await officer.post(`/cases/${caseId}/events`, { type: 'ACCEPT' }).expect(200);
    const { caseNumber } = (await applicant.get(`/cases/${caseId}`).expect(200)).body as { caseNumber: string };

    await signIn();
    await page.goto(`${baseUrl}/app/cases/${caseId}`);
    await page.getByRole('link', { name: '申請内容の写しを見る・印刷する' }).click();
    await page.getByRole('heading', { level: 1, name: '申請内容の写し' }).waitFor();
    const copy = (await page.locator('main').textContent()) ?? '';
    expect(copy).toContain(caseNumber);
    expect(copy).toContain('令和7年5月7日(水)（直して再提出）');
    expect(copy).toContain('申請した額44,000円');
    const lines = await page.getByRole('table', { name: '予定している経費（収支予算書）' }).getByRole('row').allTextContents();
    expect(lines).toEqual(['経費の種類金額（円）', `${eligibleCategory}66,000円`, '飲食費5,000円', '合計71,000円']);
    for (const kind of SUPPORT.requiredDocuments.application) expect(copy).toContain(`${kind}.pdf`);
    expect(await checkScreen(page, 'application-copy')).toEqual(passingScreen);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: '予定している経費（収支予算書）' }).isVisible()).toBe(true);
    // The page size comes from the app's @page rule: without it Chromium prints on US Letter (612 × 792 pt).
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect([...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))])).toEqual([[595, 842]]); // A4, 210 × 297 mm
    await page.emulateMedia({ media: 'screen' });
  });

  it('refuses a wrong current password under its field, and signs out back to sign-in', async () => {
    // Signing out ends every session of the user, the test's cached bearer token too: another applicant does it.
    await signIn(tenant.users.otherApplicant.email);
    await page.getByRole('link', { name: 'パスワードの変更' }).click();
    await page.getByRole('heading', { level: 1, name: 'パスワードの変更' }).waitFor();
    await field(page, 'いまのパスワード').fill('not the current one');
    await field(page, '新しいパスワード').fill('a brand new passphrase');
    await field(page, '新しいパスワード（確認）').fill('a brand new passphrase');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.getByText('今のパスワードが違います。').first().waitFor();
    expect(await field(page, 'いまのパスワード').getAttribute('aria-invalid')).toBe('true');
    expect(await checkScreen(page, 'password-refused')).toEqual(passingScreen);

    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('サインアウトしました。');
    // The session is over on the server too: reopening home asks to sign in again.
    await page.goto(`${baseUrl}/app/`);
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
  });

  it('refuses a filing from a stale page, saying someone else acted first, and keeps what was typed', async () => {
    const applicant = await api.as('applicant');
    const [eligibleCategory] = SUPPORT.eligibleExpenseCategories as [string];
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await signIn();
    await page.goto(`${baseUrl}/app/cases/${caseId}/application`);
    await page.getByRole('group', { name: '1行目' }).getByLabel('金額（円）').fill('30000');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByLabel(/^申請する額（円）/).fill('20000');
    // Another member of the organization files first, from another device.
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: eligibleCategory, amount: 45000 }], requestedAmount: 30000 }).expect(200);

    const answer = page.waitForResponse((response) => response.url().endsWith(`/cases/${caseId}/events`));
    await page.getByRole('button', { name: 'この内容で提出する' }).click();
    expect((await answer).status()).toBe(409);
    expect(await page.getByRole('alert').textContent()).toContain('この案件は、あなたが開いた後にほかの人が更新しました。画面を読み込み直してから、もう一度操作してください。');
    expect(await page.getByLabel(/^申請する額（円）/).inputValue()).toBe('20000');
    const view = (await applicant.get(`/cases/${caseId}`).expect(200)).body as { amounts: { requested: number } };
    expect(view.amounts.requested).toBe(30000);
  });

  it('goes back to sign-in, saying why, when the session ended elsewhere (signed out on another device)', async () => {
    await signIn(tenant.users.otherApplicant.email);
    // Another device of the same person signs out: every session of theirs ends.
    const elsewhere = await request(api.app.getHttpServer()).post('/auth/login').send({ tenant: tenant.code, email: tenant.users.otherApplicant.email, password: TEST_PASSWORD }).expect(200);
    await request(api.app.getHttpServer()).post('/auth/logout').set('Authorization', `Bearer ${elsewhere.body.accessToken}`).expect(204);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '補助金の制度' }).click();
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('サインインの期限が切れたか、ほかの端末でサインアウトしたため、サインアウトしました。もう一度サインインしてください。');
  });

  describe('with a session near its end', () => {
    let shortApi: ApiTestApp;
    let shortUrl: string;
    beforeAll(async () => {
      shortApi = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock, config: { jwtTtlSeconds: SHORT_SESSION_SECONDS } });
      shortUrl = await listenForBrowser(shortApi.app);
    });
    afterAll(() => shortApi?.close());

    it('warns before the session ends and renews it without losing what was typed', async () => {
      const [shortTenant] = shortApi.tenants as [SeededTenant];
      await page.goto(`${shortUrl}/app/sign-in?tenant=${shortTenant.code}`);
      await field(page, 'メールアドレス').fill(shortTenant.users.applicant.email);
      await field(page, 'パスワード').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'サインインする' }).click();
      await page.getByRole('link', { name: 'パスワードの変更' }).click();
      await field(page, 'いまのパスワード').fill('typed before the warning');

      const warning = page.getByRole('dialog', { name: 'まもなく自動的にサインアウトします' });
      await warning.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'session-warning-1280.png') });
      const renewed = page.waitForResponse((response) => response.url().endsWith('/auth/session/renew'));
      await warning.getByRole('button', { name: '続ける' }).click();
      expect((await renewed).status()).toBe(200);
      expect(await field(page, 'いまのパスワード').inputValue()).toBe('typed before the warning');
      // The renewed cookie is a working session.
      const status = await page.evaluate<number>("fetch('/auth/session').then((response) => response.status)");
      expect(status).toBe(200);
    });
  });
});
