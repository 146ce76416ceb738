import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { type Browser, chromium, type LaunchOptions, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it); no test downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google's hosts, which this closed network refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the browser tests write each screen at each width, for a person to look at (README, "Tests"). */
export const SCREENSHOTS_DIR = resolve('test-output/screens');
export const SCREEN_WIDTHS = [360, 1280] as const;

/**
 * Headless Chromium; Playwright gives it a fresh user-data-dir of its own. A script that cleans
 * up on Ctrl-C itself passes `handleSIGINT: false`: Playwright's own handler exits the process
 * (130) as soon as the browser is closed, before that clean-up has run.
 */
export const launchChromium = (signals: Pick<LaunchOptions, 'handleSIGINT' | 'handleSIGTERM'> = {}): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, ...signals });

/** The API under test listening on a free loopback port, as a browser reaches it; its base URL. */
export async function listenForBrowser(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe finding, short enough to read in a failed expectation. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe-core's WCAG 2.2 A/AA rules on the page as it is now. The script is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy (no inline scripts) does not stop.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  // A string, not a function: this code runs in the page, and the tests' TypeScript has no DOM types.
  return page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    .then((result) => result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })))`);
}

/** What a screen must be at each width: no axe finding and no horizontal scroll. */
export interface ScreenCheck {
  width: number;
  violations: AxeViolation[];
  /** How far the page is wider than the window (0: no horizontal scroll). */
  overflowPx: number;
}

/**
 * The screen at 360 and 1280 px: a full-page screenshot of each into SCREENSHOTS_DIR
 * (`<name>-<width>.png`), the axe findings and the horizontal overflow of each.
 */
export async function checkScreen(page: Page, name: string): Promise<ScreenCheck[]> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const original = page.viewportSize();
  const checks: ScreenCheck[] = [];
  for (const width of SCREEN_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}-${width}.png`), fullPage: true });
    const overflowPx = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    checks.push({ width, violations: await axeViolations(page), overflowPx });
  }
  if (original) await page.setViewportSize(original);
  return checks;
}

/** The check every screen passes: for use as `expect(await checkScreen(page, name)).toEqual(passingScreen)`. */
export const passingScreen: ScreenCheck[] = SCREEN_WIDTHS.map((width) => ({ width, violations: [], overflowPx: 0 }));

/**
 * Presses Tab until `target` has the focus, at most `limit` times: the element is reached by
 * keyboard, in the page's order. Fails naming the element that had the focus last.
 */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    // The function runs in the page; `globalThis` because the tests' TypeScript has no DOM types.
    if (await target.evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) return;
  }
  const focused = await page.evaluate<string>("document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : 'nothing'");
  throw new Error(`${String(target)} was not reached by ${limit} presses of Tab; the focus is on ${focused}`);
}

/** Chooses a file for the focused file input with the keyboard (Enter opens the chooser), as a person without a mouse does. */
export async function chooseFileWithKeyboard(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles(file);
}
