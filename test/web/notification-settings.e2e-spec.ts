import { checkScreen, passingScreen, tabTo } from '#libs/testing/browser';
import type { Locator, Page } from 'playwright-core';
import { type ApiTestApp, SettableClock } from '#libs/testing';
import { browserSuite } from './browser-suite.js';

const ALL_KINDS = ['期限のお知らせ', '期限超過のお知らせ', '案件の動き', '未精算案件のお知らせ'];

/**
 * Issue 15 in the browser: お知らせの受け取り方, opened from the menu by any signed-in person.
 * Notifications always show in the app; per kind the person can receive, e-mail as well or
 * not; one e-mail a day. A save after another device saved shows the conflict and reads the
 * settings now without losing what the person chose.
 */
describe('a person chooses how they hear of things (お知らせの受け取り方) in a browser', () => {
  const clock = new SettableClock(new Date('2025-06-02T10:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let page: Page;
  beforeEach(() => ({ api, page } = suite));
  const { heading } = suite;

  const save = () => page.getByRole('button', { name: '保存する' });
  /** Opens the screen and, unless the role hears of nothing, waits for the settings read (the form and its button). */
  const openFromMenu = async ({ offersChoices = true } = {}) => {
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'お知らせの受け取り方' }).click();
    await heading('お知らせの受け取り方');
    if (offersChoices) await save().waitFor();
  };
  /** The kinds offered, by the names of their groups, in the order shown. */
  const kindsShown = async () => {
    const names: string[] = [];
    for (const group of await page.getByRole('group').all()) names.push((await group.locator('legend').textContent()) ?? '');
    return names;
  };
  const byEmail = (kind: string): Locator => page.getByRole('group', { name: kind, exact: true }).getByRole('checkbox', { name: 'メールでも受け取る' });
  const digest = () => page.getByRole('checkbox', { name: 'メールを1日1通にまとめる' });
  const press = async (target: Locator, key: string) => {
    await tabTo(page, target);
    await page.keyboard.press(key);
  };

  it('lets an applicant on a phone turn off e-mail for 案件の動き and gather e-mails into one a day, with the keyboard, and keeps it', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await suite.signIn();
    await openFromMenu();
    await page.getByText('お知らせは、いつもこのアプリの「ホーム」の画面の「お知らせ」に出ます。').waitFor();
    expect(await kindsShown()).toEqual(['期限のお知らせ', '案件の動き']);
    expect(await byEmail('期限のお知らせ').isChecked()).toBe(true);
    expect(await byEmail('案件の動き').isChecked()).toBe(true);
    expect(await digest().isChecked()).toBe(false);
    expect(await page.getByText('受理・差戻し・交付決定など、あなたに関わる案件で何かあったとき').isVisible()).toBe(true);
    expect(await checkScreen(page, 'notification-settings-applicant')).toEqual(passingScreen);

    await press(byEmail('案件の動き'), 'Space');
    await press(digest(), 'Space');
    await press(save(), 'Enter');
    await page.getByRole('status').filter({ hasText: 'お知らせの受け取り方を保存しました。' }).waitFor();
    expect(await checkScreen(page, 'notification-settings-applicant-saved')).toEqual(passingScreen);
    const saved = { email: { reminder: true, escalation: true, caseNews: false, fiscalYearClose: true }, dailyDigest: true, version: 1 };
    expect((await (await api.as('applicant')).get('/me/notification-settings').expect(200)).body).toEqual(saved);

    await page.reload();
    await heading('お知らせの受け取り方');
    await save().waitFor();
    expect(await byEmail('期限のお知らせ').isChecked()).toBe(true);
    expect(await byEmail('案件の動き').isChecked()).toBe(false);
    expect(await digest().isChecked()).toBe(true);
  });

  it('offers an officer every kind a staff member hears of, under the name of their first screen, やること', async () => {
    await suite.signInAs('officer');
    await openFromMenu();
    await page.getByText('お知らせは、いつもこのアプリの「やること」の画面の「お知らせ」に出ます。').waitFor();
    expect(await kindsShown()).toEqual(ALL_KINDS);
    expect(await page.getByText('期限が過ぎたのに済んでいないとき（職員）').isVisible()).toBe(true);
    expect(await page.getByText('出納整理期間の前（職員・会計）').isVisible()).toBe(true);
    expect(await checkScreen(page, 'notification-settings-officer')).toEqual(passingScreen);
  });

  it('offers an approver the escalations and case news only, and tells an administrator nothing comes to them', async () => {
    await suite.signInAs('approver');
    await openFromMenu();
    expect(await kindsShown()).toEqual(['期限超過のお知らせ', '案件の動き']);

    await page.getByRole('button', { name: 'サインアウト' }).click();
    await heading('サインイン');
    await suite.signInAs('admin');
    await openFromMenu({ offersChoices: false });
    await page.getByText('システム管理者には、届くお知らせがありません。').waitFor();
    expect(await kindsShown()).toEqual([]);
    expect(await save().count()).toBe(0);
    expect(await checkScreen(page, 'notification-settings-admin')).toEqual(passingScreen);
  });

  it('shows a save refused because the settings changed elsewhere, reads them now keeping what the person chose, and saves both', async () => {
    await suite.signInAs('finance');
    await openFromMenu();
    expect(await kindsShown()).toEqual(['期限のお知らせ', '案件の動き', '未精算案件のお知らせ']);
    await byEmail('期限のお知らせ').uncheck();

    // Another device turns off e-mail for case news meanwhile.
    const finance = await api.as('finance');
    const elsewhere = { email: { reminder: true, escalation: true, caseNews: false, fiscalYearClose: true }, dailyDigest: false, version: 0 };
    await finance.put('/me/notification-settings', elsewhere).expect(200);

    await save().click();
    const refused = page.getByRole('alert').filter({ hasText: 'お知らせの受け取り方は、別の画面か端末で先に変更されています。' });
    await refused.waitFor();
    expect(await page.getByRole('status').filter({ hasText: '保存しました' }).count()).toBe(0);
    expect(await checkScreen(page, 'notification-settings-conflict')).toEqual(passingScreen);

    await refused.getByRole('button', { name: 'いまの設定を読み込む' }).click();
    const reloaded = page.getByRole('status').filter({ hasText: 'いまの設定を読み込みました。' });
    await reloaded.waitFor();
    expect(await reloaded.getByRole('listitem').allTextContents()).toEqual(['案件の動き: アプリの中だけ']);
    // The person's own change stays; the other device's is taken.
    expect(await byEmail('期限のお知らせ').isChecked()).toBe(false);
    expect(await byEmail('案件の動き').isChecked()).toBe(false);
    expect(await byEmail('未精算案件のお知らせ').isChecked()).toBe(true);
    expect(await checkScreen(page, 'notification-settings-conflict-reloaded')).toEqual(passingScreen);

    await save().click();
    await page.getByRole('status').filter({ hasText: 'お知らせの受け取り方を保存しました。' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await finance.get('/me/notification-settings').expect(200)).body).toEqual({
      email: { reminder: false, escalation: true, caseNews: false, fiscalYearClose: true },
      dailyDigest: false,
      version: 2,
    });

    await page.reload();
    await heading('お知らせの受け取り方');
    await save().waitFor();
    expect(await byEmail('期限のお知らせ').isChecked()).toBe(false);
    expect(await byEmail('案件の動き').isChecked()).toBe(false);
  });
});
