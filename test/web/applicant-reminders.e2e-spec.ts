import { checkScreen, passingScreen } from '#libs/testing/browser';
import type { Page } from 'playwright-core';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, expectEventually, SettableClock } from '#libs/testing';
import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { RunningClock } from '../reminders-support.js';
import { browserSuite } from './browser-suite.js';

const SUPPORT = seedProgram('協働支援');
const [CATEGORY] = SUPPORT.eligibleExpenseCategories as [string];

/**
 * A deadline reaches the applicant through the worker, not the test: the officer returns the
 * application with a due date, the worker (relay, BullMQ, SMTP) reminds the applicant at 09:00
 * on the day, and the reminder waits on Home, unread, with the case it concerns, until read.
 */
describe('an applicant reads the reminder the worker sent', () => {
  const clock = new SettableClock(new Date('2025-04-21T12:00:00+09:00'));
  // Three seconds before 09:00 on the due date (a Thursday) when the relay schedules the reminder.
  const workerClock = new RunningClock(new Date('2025-05-08T08:59:57+09:00'));
  const suite = browserSuite(clock, { worker: workerClock });
  let api: ApiTestApp;
  let page: Page;
  beforeEach(() => ({ api, page } = suite));

  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const notifications = () => page.getByRole('region', { name: 'お知らせ' });

  it('shows the correction reminder on Home with its case, the same text as the e-mail, and keeps it until marked read', async () => {
    const applicant = await api.as('applicant');
    const caseId = (await applicant.post('/cases', { programCode: SUPPORT.code, organizationId: suite.tenant.organizationId, start: 'application' }).expect(201)).body.id as string;
    await attachPapers(applicant, caseId, papersFor(SUPPORT, 'application'));
    await applicant.post(`/cases/${caseId}/events`, { type: 'SUBMIT', plannedExpenses: [{ category: CATEGORY, amount: 90_000 }], requestedAmount: 60_000 }).expect(200);
    const officer = await api.as('officer');
    await officer.post(`/cases/${caseId}/events`, { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が不一致です', dueOn: '2025-05-08' }).expect(200);

    const mail = await expectEventually(() => {
      const sent = suite.mail.accepted.find((accepted) => accepted.to.includes(suite.tenant.users.applicant.email) && accepted.reminderKey.startsWith('reminder-'));
      if (!sent) throw new Error('no reminder e-mail yet');
      return sent;
    }, 30_000);
    expect(mail.subject).toBe('【期限のお知らせ】補正（差戻し）への対応：令和7年5月8日まで（舞川地区地域協働体）');
    // The 差戻し itself was news to the applicant as well (issue 15); read here, so that Home holds the reminder alone.
    const unread = await expectEventually(async () => {
      const { items } = (await applicant.get('/me/notifications?unread=true').expect(200)).body as { items: { id: string; kind: string }[] };
      expect(items.map((item) => item.kind).sort()).toEqual(['caseNews', 'reminder']);
      return items;
    });
    for (const news of unread.filter((item) => item.kind === 'caseNews')) await applicant.post(`/me/notifications/${news.id}/read`).expect(200);

    clock.setTokyoDate('2025-05-08');
    await suite.signIn();
    const reminder = notifications().getByRole('listitem').filter({ hasText: mail.subject });
    expect(await reminder.textContent()).toContain('本日が期限です。');
    expect(await checkScreen(page, 'home-reminder')).toEqual(passingScreen);

    await reminder.getByRole('link', { name: 'この申請を開く' }).click();
    await heading('書類の直しをお願いしています（差戻し）');
    expect(await page.getByRole('region', { name: '市から書類の直しをお願いしています' }).textContent()).toContain('収支予算書の合計が不一致です');
    await page.goBack();
    await heading('ホーム');
    // Opening the case does not count as reading: the reminder stays until the person says so.
    await reminder.waitFor();

    await reminder.getByRole('button', { name: `「${mail.subject}」を既読にする` }).click();
    const said = notifications().getByRole('status');
    await said.getByText(`「${mail.subject}」を既読にしました。`).waitFor();
    expect(await said.evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    expect(await notifications().getByText('新しいお知らせはありません。').count()).toBe(1);
    const [read] = (await applicant.get('/me/notifications').expect(200)).body.items as { subject: string; readAt: string | null }[];
    expect(read).toMatchObject({ subject: mail.subject, readAt: expect.any(String) });

    await page.reload();
    await heading('ホーム');
    await notifications().getByText('新しいお知らせはありません。').waitFor();
  });
});
