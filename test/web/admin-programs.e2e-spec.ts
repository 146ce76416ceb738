import { checkScreen, passingScreen, tabTo } from '#libs/testing/browser';
import type { Locator, Page } from 'playwright-core';
import { type Program, seedProgram } from '#libs/programs';
import { type ApiTestApp, SettableClock } from '#libs/testing';
import { browserSuite } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const CONSENSUS = seedProgram('合意形成');

/**
 * The administrator keeps a program's rules in the browser: the next version made from the
 * latest with every rule as a field (deadlines, the approval route, the papers per phase), and
 * a wrong figure refused in Japanese under its field and in a summary that links to it.
 */
describe("an administrator changes a program's rules for the next fiscal year in a browser", () => {
  const clock = new SettableClock(new Date('2026-02-02T10:00:00+09:00'));
  const suite = browserSuite(clock);
  let api: ApiTestApp;
  let page: Page;
  beforeEach(() => ({ api, page } = suite));
  const { heading, region } = suite;

  /** A part of the form by the name of its group (a fieldset's legend), inside `within` when given. */
  const group = (name: string, within: Page | Locator = page) => within.getByRole('group', { name, exact: true });
  /** A field by its label inside a part of the form, with or without the label's ※必須. */
  const fieldIn = (within: Locator, label: string) => within.getByLabel(new RegExp(`^${label.replace(/[()（）]/g, '\\$&')}(※必須)?$`));
  const isFocused = (target: Locator) =>
    target.evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);
  const versionOf = async (program: Program, version: number): Promise<Program> => {
    const detail = (await (await api.as('admin')).get(`/admin/programs/${encodeURIComponent(program.code)}`).expect(200)).body as { versions: { version: number; definition: Program }[] };
    return detail.versions.find((each) => each.version === version)?.definition as Program;
  };
  async function openProgram(program: Program) {
    await suite.signInAs('admin');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '制度' }).click();
    await heading('制度');
    await page.getByRole('link', { name: program.nameJa }).click();
    await heading(program.nameJa);
  }

  it('changes a deadline rule, adds a step to the approval route and asks for one more paper, and sees the new version with them', async () => {
    await openProgram(SUPPORT);
    const form = region('第2版を作る');

    const report = group('実績報告の期限', form);
    expect(await report.getByLabel('決め方').first().inputValue()).toBe('earliestOf');
    await fieldIn(group('1番目の決まり', report), '日数').fill('45');
    const refund = group('返還の期限', form);
    await refund.getByLabel('決め方').selectOption({ label: '年度末の後の月日' });
    await fieldIn(refund, '月').fill('5');
    await fieldIn(refund, '日').fill('31');

    await form.getByRole('button', { name: '段を加える' }).click();
    const added = group('2段目', form);
    expect(await isFocused(fieldIn(added, '上限額（円）'))).toBe(true);
    await fieldIn(added, '上限額（円）').fill('1,000,000');
    await fieldIn(added, '決裁者の職名').fill('部長');
    await fieldIn(group('3段目', form), '決裁者の職名').fill('副市長');

    await group('申請で必要な書類', form).getByLabel('団体の規約・名簿').check();
    await group('実績報告で必要な書類', form).getByLabel('活動写真').uncheck();
    expect(await checkScreen(page, 'admin-program-rules')).toEqual(passingScreen);

    await form.getByRole('button', { name: '第2版を作る' }).click();
    await page.getByRole('status').filter({ hasText: '第2版を作りました。' }).waitFor();
    expect(await region('これまでの版').textContent()).toContain('第2版');
    // The form now starts from version 2.
    const next = region('第3版を作る');
    expect(await fieldIn(group('1番目の決まり', group('実績報告の期限', next)), '日数').inputValue()).toBe('45');
    expect(await fieldIn(group('2段目', next), '決裁者の職名').inputValue()).toBe('部長');

    const second = await versionOf(SUPPORT, 2);
    expect(second).toEqual({
      ...SUPPORT,
      version: 2,
      reportDeadline: { kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: 45 }, { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 }] },
      refundDeadline: { kind: 'fixedDateAfterFiscalYearEnd', month: 5, day: 31 },
      approvalRoute: [
        { upTo: 300_000, approverTitle: '課長' },
        { upTo: 1_000_000, approverTitle: '部長' },
        { upTo: null, approverTitle: '副市長' },
      ],
      requiredDocuments: {
        ...SUPPORT.requiredDocuments,
        application: [...SUPPORT.requiredDocuments.application, 'bylawsAndRoster'],
        report: SUPPORT.requiredDocuments.report.filter((kind) => kind !== 'activityPhotos'),
      },
    });
    expect(await versionOf(SUPPORT, 1)).toEqual(SUPPORT);
  });

  it('refuses a wrong figure in Japanese under its field and in the summary, which takes the focus and links to the field, all by keyboard', async () => {
    await openProgram(CONSENSUS);
    const form = region('第2版を作る');
    const rate = group('補助率', form);
    const denominator = fieldIn(rate, '分母（例: 3分の2なら 3）');
    const paymentDays = fieldIn(group('支払の期限', form), '日数');
    await tabTo(page, denominator, 80);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await tabTo(page, paymentDays, 120);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-1');
    await page.keyboard.press('Enter');

    const summary = form.getByRole('alert');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    expect(await summary.textContent()).toContain('制度の決まりに2件の誤りがあります。それぞれの項目を直してください。');
    const rateProblem = '補助率の分母は1以上の整数で入力してください（入力: 0）。';
    const paymentProblem = '支払の期限の日数は0以上の整数で入力してください（入力: -1）。';
    expect(await summary.getByRole('link').allTextContents()).toEqual([rateProblem, paymentProblem]);
    expect(await rate.getByText(rateProblem).isVisible()).toBe(true);
    expect(await denominator.getAttribute('aria-invalid')).toBe('true');
    expect(await group('支払の期限', form).getByText(paymentProblem).isVisible()).toBe(true);
    expect(await checkScreen(page, 'admin-program-rules-refused')).toEqual(passingScreen);

    await page.keyboard.press('Tab');
    expect(await isFocused(summary.getByRole('link', { name: rateProblem }))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(denominator)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await tabTo(page, paymentDays, 120);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('３０');
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: '第2版を作りました。' }).waitFor();
    expect(await versionOf(CONSENSUS, 2)).toEqual({ ...CONSENSUS, version: 2 });
  });
});
