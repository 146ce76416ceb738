import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../libs/testing/src/browser.js';
import { TEST_PASSWORD } from '../libs/testing/src/tenant.factory.js';

/** The case list's status line once the page of cases is in (texts.staff.caseList.shown and .none). */
export const LIST_SHOWN = /件を表示しています|条件に合う案件はありません/;

/**
 * Runs in every document before the app's scripts (an init script, which the page's
 * Content-Security-Policy does not stop): it notes, with performance.now(), each moment a
 * role=status element takes a text matching LIST_SHOWN while visible, and the last click. The
 * MutationObserver runs right after the DOM change that React commits; checkVisibility()
 * forces style and layout, so the instant includes them and leaves out only the paint.
 * performance.now() counts from the document's time origin: the start of its navigation.
 */
const SHOWN_WATCH = `(() => {
  const pattern = ${LIST_SHOWN.toString()};
  const seen = new WeakMap();
  const shown = [];
  Object.defineProperty(window, '__caseListShown', { value: shown });
  const check = () => {
    for (const element of document.querySelectorAll('[role="status"]')) {
      const text = element.textContent || '';
      if (seen.get(element) === text || !pattern.test(text) || !element.checkVisibility()) continue;
      seen.set(element, text);
      shown.push(performance.now());
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('click', () => { window.__caseListClickAt = performance.now(); }, true);
})();`;

/** One full load of the list, in ms from the navigation's start (Resource Timing and the watch, one clock). */
export interface ListLoad {
  /** The list's status line in place. */
  ms: number;
  /** index.html answered (the navigation's responseEnd). */
  documentMs: number;
  /** The app's GET /auth/session sent, and its answer read to the end: the signed-in screens wait for it. */
  sessionStartMs: number;
  sessionEndMs: number;
  /** The app's GET /cases sent, and its answer read to the end. */
  requestStartMs: number;
  responseEndMs: number;
  status: string;
}

/** How long a view may take before the run fails rather than waits. */
const VIEW_TIMEOUT_MS = 60_000;

/** Headless Debian Chromium (launchChromium, as the browser tests run it) on the app the API serves at /app/. */
export class CaseListBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly tenantCode: string,
  ) {}

  static async launch(baseUrl: string, tenantCode: string): Promise<CaseListBrowser> {
    // The run closes the browser in its own clean-up, on Ctrl-C too (BenchRun.stopOnSignals).
    return new CaseListBrowser(await launchChromium({ handleSIGINT: false, handleSIGTERM: false }), baseUrl, tenantCode);
  }

  /** A context of its own (ja-JP, Asia/Tokyo, its own cookies), signed in as a clerk: on their to-do list (やること). */
  async signIn(email: string): Promise<Page> {
    const context: BrowserContext = await this.browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.addInitScript({ content: SHOWN_WATCH });
    const page = await context.newPage();
    page.setDefaultTimeout(VIEW_TIMEOUT_MS);
    await page.goto(`${this.baseUrl}/app/sign-in?tenant=${this.tenantCode}`);
    await page.getByLabel(/^メールアドレス(※必須)?$/).fill(email);
    await page.getByLabel(/^パスワード(※必須)?$/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'サインインする' }).click();
    await page.getByRole('heading', { level: 1, name: 'やること' }).waitFor();
    return page;
  }

  /**
   * One full load of /app/cases?query, as a clerk's reload costs it: a new document (index.html
   * asked again, its hashed assets from the cache, the bundle run, the session, the filters'
   * choices and the page of cases fetched). Returns the ms from the navigation's start until the
   * list's status line was in place, that line, and where the time went before it.
   */
  async load(page: Page, query: string): Promise<ListLoad> {
    await page.goto(`${this.baseUrl}/app/cases${query ? `?${query}` : ''}`, { waitUntil: 'commit' });
    const status = page.getByRole('status').filter({ hasText: LIST_SHOWN });
    await status.waitFor().catch(async (error: Error) => {
      const screen = await page.evaluate<string>(`document.body ? document.body.innerText.slice(0, 600) : ''`).catch(() => '');
      throw new Error(`the case list at ${page.url()} did not show its status line: ${error.message.split('\n')[0]}\nthe screen read:\n${screen}`);
    });
    const timing = await page.evaluate<Partial<Omit<ListLoad, 'status'>>>(`(() => {
      const last = (path) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === path).at(-1);
      const session = last('/auth/session');
      const list = last('/cases');
      return {
        ms: window.__caseListShown[0],
        documentMs: performance.getEntriesByType('navigation')[0]?.responseEnd,
        sessionStartMs: session?.startTime,
        sessionEndMs: session?.responseEnd,
        requestStartMs: list?.startTime,
        responseEndMs: list?.responseEnd,
      };
    })()`);
    const { ms, documentMs, sessionStartMs, sessionEndMs, requestStartMs, responseEndMs } = timing;
    if (ms === undefined || documentMs === undefined || sessionStartMs === undefined || sessionEndMs === undefined || requestStartMs === undefined || responseEndMs === undefined) {
      throw new Error(`the case list at ?${query} showed its status line, but the watch or Resource Timing did not see all of it: ${JSON.stringify(timing)}`);
    }
    return { ms, documentMs, sessionStartMs, sessionEndMs, requestStartMs, responseEndMs, status: (await status.textContent()) ?? '' };
  }

  /**
   * The in-app change of a filter, no reload: from the unfiltered list (loaded, not timed), 年度
   * chosen and この条件で表示する pressed. Returns the ms from the click until the new list's
   * status line was in place (the app fetches the page of cases and the filters' choices again).
   */
  async changeFiscalYear(page: Page, fiscalYear: number): Promise<number> {
    await this.load(page, '');
    await page.getByLabel('年度', { exact: true }).selectOption(String(fiscalYear));
    await page.getByRole('button', { name: 'この条件で表示する' }).click();
    // A function, not a string: the page's policy refuses eval, which a string predicate needs.
    const handle = await page.waitForFunction(() => {
      const watch = globalThis as unknown as { __caseListClickAt?: number; __caseListShown: number[] };
      const click = watch.__caseListClickAt;
      const shown = click === undefined ? undefined : watch.__caseListShown.find((at) => at > click);
      return click !== undefined && shown !== undefined ? shown - click : undefined;
    });
    const ms = (await handle.jsonValue()) as number;
    if (!page.url().includes(`fiscalYear=${fiscalYear}`)) throw new Error(`choosing 年度 ${fiscalYear} must put it in the address, which is ${page.url()}`);
    return ms;
  }

  /** The next page's cursor of GET /cases?limit=20, asked from the page with its session cookie, as the app asks. */
  async nextCursor(page: Page): Promise<string> {
    const cursor = await page.evaluate<string | null>(`fetch('/cases?limit=20').then((answer) => answer.json()).then((body) => body.nextCursor)`);
    if (!cursor) throw new Error('GET /cases?limit=20 must have a next page for the page-2 view');
    return cursor;
  }

  /** Chromium's version, for the report. */
  version(): string {
    return this.browser.version();
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
