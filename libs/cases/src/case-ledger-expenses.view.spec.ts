import { ExpenseLineEntity } from '#libs/persistence';
import { toCaseExpensesView } from './case-ledger-expenses.view.js';

const program = { eligibleExpenseCategories: ['謝金', '会場費'] };
const entry = (sequence: number, eventType: string, at: string) => ({ sequence, eventType, occurredAt: new Date(at) });
const line = (auditSequence: number, position: number, category: string, amount: number) =>
  Object.assign(new ExpenseLineEntity(), { auditSequence, position, category, amount });

describe('toCaseExpensesView', () => {
  const view = toCaseExpensesView(
    'case-1',
    program,
    [entry(2, 'SUBMIT', '2025-05-10T03:00:00Z'), entry(4, 'RESUBMIT', '2025-05-13T15:30:00Z'), entry(9, 'SUBMIT_REPORT', '2025-12-10T03:00:00Z'), entry(11, 'SUBMIT_REPORT', '2025-12-20T03:00:00Z')],
    [
      line(2, 0, '謝金', 90_000),
      line(4, 0, '謝金', 60_000),
      line(4, 1, '食糧費', 5_000),
      line(4, 2, '謝金', 30_000),
      line(9, 0, '会場費', 12_000),
    ],
  );

  it('takes the latest revision of each phase as current and keeps the others, oldest first', () => {
    expect(view.planned).toMatchObject({ phase: 'planned', revision: 2, eventType: 'RESUBMIT', auditSequence: 4 });
    expect(view.earlierRevisions.map(({ phase, revision, auditSequence }) => ({ phase, revision, auditSequence }))).toEqual([
      { phase: 'planned', revision: 1, auditSequence: 2 },
      { phase: 'actual', revision: 1, auditSequence: 9 },
    ]);
  });

  it('totals each category once, eligible or not, and the eligible lines apart', () => {
    expect(view.planned?.totalsByCategory).toEqual([
      { category: '謝金', amount: 90_000, eligible: true },
      { category: '食糧費', amount: 5_000, eligible: false },
    ]);
    expect(view.planned).toMatchObject({ total: 95_000, eligibleTotal: 90_000 });
  });

  it('dates a revision in Tokyo, in the era too', () => {
    // 15:30 UTC on the 13th is past midnight in Tokyo.
    expect(view.planned).toMatchObject({ recordedOn: '2025-05-14', recordedOnJa: '令和7年5月14日' });
  });

  it('shows a report sent again with no lines as the current one, empty', () => {
    expect(view.actual).toMatchObject({ revision: 2, auditSequence: 11, lines: [], totalsByCategory: [], total: 0 });
  });
});
