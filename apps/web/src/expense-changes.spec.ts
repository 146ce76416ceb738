import { expenseChanges } from './expense-changes.js';

describe('what changed between two sets of expense lines', () => {
  it('compares the totals per kind, lists a kind added or removed against 0, and leaves out what did not change', () => {
    const before = [
      { category: '報償費', amount: 30_000 },
      { category: '報償費', amount: 30_000 },
      { category: '消耗品費', amount: 8_000 },
      { category: '印刷製本費', amount: 5_000 },
    ];
    const after = [
      { category: '報償費', amount: 66_000 },
      { category: '印刷製本費', amount: 5_000 },
      { category: '使用料', amount: 12_000 },
    ];
    expect(expenseChanges(before, after)).toEqual([
      { category: '報償費', before: 60_000, after: 66_000 },
      { category: '消耗品費', before: 8_000, after: 0 },
      { category: '使用料', before: 0, after: 12_000 },
    ]);
  });

  it('counts a line not yet filled in (zero or not a number) as nothing', () => {
    expect(expenseChanges([{ category: '報償費', amount: 10_000 }], [{ category: '報償費', amount: 10_000 }, { category: '報償費', amount: Number.NaN }])).toEqual([]);
  });
});
