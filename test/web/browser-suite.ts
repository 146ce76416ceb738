import { launchChromium, listenForBrowser, tabTo } from '#libs/testing/browser';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type ApiTestApp, type SeededTenant, type SettableClock, startApiTestApp, TEST_PASSWORD, uniqueQueuePrefix } from '#libs/testing';
import { SAMPLE_PDF } from '#libs/testing/case-papers';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { configureApiApp } from '../../apps/api/src/create-api-app.js';
import { type RunningClock, SmtpSink, startWorkerTestApp, type WorkerTestApp } from '../reminders-support.js';

/** A form field by its label as a person reads it, with or without the label's ※必須. */
export const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(※必須)?$`));

export interface BrowserSuite {
  api: ApiTestApp;
  tenant: SeededTenant;
  baseUrl: string;
  /** A fresh browser context per test (ja-JP, Asia/Tokyo): no cookie or draft carried between tests. */
  page: Page;
  /** Signs in as an applicant by e-mail (the tenant's applicant by default), landing on ホーム. */
  signIn(email?: string): Promise<void>;
  /** Signs in as one of the city's staff of the tenant, landing on their to-do list (やること), or as its administrator (管理). */
  signInAs(who: StaffUser | 'admin'): Promise<void>;
  /** The same with the keyboard alone: from the heading, which takes focus, the fields follow in order. */
  signInWithKeyboard(who?: 'applicant' | StaffUser): Promise<void>;
  /** With `worker`: the e-mails the worker sent, as a real SMTP server received them. */
  mail: SmtpSink;
  /** Waits for the screen whose heading (h1) this is. */
  heading(name: string): Promise<void>;
  /** A part of the screen by its heading (a landmark region). */
  region(name: string): Locator;
  /** Follows the case's 「label」へ進む and waits for the form's heading. */
  openAction(label: string, title: string): Promise<void>;
  /** Uploads a sample PDF for each kind of paper in its own field, waiting for each to be taken. */
  uploadEach(caseId: string, kinds: readonly string[]): Promise<void>;
}

export type StaffUser = 'officer' | 'reviewer' | 'approver' | 'finance';

export interface BrowserSuiteOptions {
  /** Runs the worker too (relay, reminders, e-mail to an SMTP server of the test's own) on this clock. */
  worker?: RunningClock;
}

/**
 * The API on a real port (real PostgreSQL) serving the web app, and headless Chromium, for a
 * describe block of browser walks. Read the fields inside the tests: they are set by the hooks.
 */
export function browserSuite(clock: SettableClock, options: BrowserSuiteOptions = {}): BrowserSuite {
  let browser: Browser;
  let context: BrowserContext;
  let worker: WorkerTestApp | undefined;
  async function signInWith(email: string, landing: string) {
    const { page } = suite;
    await page.goto(`${suite.baseUrl}/app/sign-in?tenant=${suite.tenant.code}`);
    await field(page, 'メールアドレス').fill(email);
    await field(page, 'パスワード').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'サインインする' }).click();
    await page.getByRole('heading', { level: 1, name: landing }).waitFor();
  }
  const suite = {
    signIn: (email = suite.tenant.users.applicant.email) => signInWith(email, 'ホーム'),
    signInAs: (who: StaffUser | 'admin') => signInWith(suite.tenant.users[who].email, who === 'admin' ? '管理' : 'やること'),
    heading: (name: string) => suite.page.getByRole('heading', { level: 1, name }).waitFor(),
    region: (name: string) => suite.page.getByRole('region', { name }),
    async openAction(label: string, title: string) {
      await suite.page.getByRole('link', { name: `「${label}」へ進む` }).click();
      await suite.heading(title);
    },
    async uploadEach(caseId: string, kinds: readonly string[]) {
      for (const kind of kinds) {
        const uploaded = suite.page.waitForResponse((response) => response.url().endsWith(`/cases/${caseId}/attachments`) && response.request().method() === 'POST');
        await suite.page.locator(`#paper-${kind}`).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
        expect((await uploaded).status()).toBe(201);
      }
    },
    async signInWithKeyboard(who: 'applicant' | StaffUser = 'applicant') {
      const { page } = suite;
      await page.goto(`${suite.baseUrl}/app/sign-in?tenant=${suite.tenant.code}`);
      await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
      await tabTo(page, field(page, 'メールアドレス'));
      await page.keyboard.type(suite.tenant.users[who].email);
      await tabTo(page, field(page, 'パスワード'));
      await page.keyboard.type(TEST_PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: who === 'applicant' ? 'ホーム' : 'やること' }).waitFor();
    },
  } as BrowserSuite;

  beforeAll(async () => {
    suite.api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki'], clock });
    [suite.tenant] = suite.api.tenants as [SeededTenant];
    suite.baseUrl = await listenForBrowser(suite.api.app);
    if (options.worker) {
      suite.mail = await SmtpSink.start();
      worker = await startWorkerTestApp(suite.api.database.url, { prefix: uniqueQueuePrefix(), smtpUrl: suite.mail.url, clock: options.worker });
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await suite.mail?.close();
    await suite.api?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
    suite.page = await context.newPage();
  });
  afterEach(() => context.close());
  return suite;
}
