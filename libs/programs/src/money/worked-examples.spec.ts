import { seedProgram } from '../seed/seed-program.js';
import { advancePaymentLimit } from './advance-payment-limit.js';
import { applyRate } from './apply-rate.js';
import { confirmedAmount } from './confirmed-amount.js';
import { decidedAmount } from './decided-amount.js';
import { eligibleTotal } from './eligible-total.js';
import { remainingMultiYearCap } from './remaining-multi-year-cap.js';
import { settlement } from './settlement.js';

describe('worked example: 地域協働体支援事業補助金 (2/3, 100,000 yen a fiscal year)', () => {
  const program = seedProgram('協働支援');

  it('decides 100,000 yen on 160,000 yen planned, the cap being below 2/3 of it (106,666)', () => {
    expect(applyRate(160_000, program.rate, program.rounding)).toBe(106_666);
    expect(decidedAmount(program, { eligiblePlannedExpenses: 160_000 })).toBe(100_000);
  });

  it('confirms 80,000 yen on 120,000 yen actually spent, and pays it after the report', () => {
    const confirmed = confirmedAmount(program, { decidedAmount: 100_000, eligibleActualExpenses: 120_000 });
    expect(confirmed).toBe(80_000);
    expect(settlement({ confirmed, payments: [], refunds: [] })).toEqual({ toPay: 80_000, toRefund: 0 });
  });

  it('leaves a food line of the budget out of the eligible expenses', () => {
    const planned = [
      { category: '報償費', amount: 60_000 },
      { category: '消耗品費', amount: 100_000 },
      { category: '食糧費', amount: 40_000 },
    ];
    expect(eligibleTotal(program, planned)).toBe(160_000);
  });
});

describe('worked example: 地域の合意形成を図る事業に対する支援 (100%, 50,000 yen in total over 2 fiscal years)', () => {
  const program = seedProgram('合意形成');

  it('in the first year, advances 50,000 yen, confirms the 42,000 spent and claims 8,000 back', () => {
    const first = remainingMultiYearCap(program, {}, 2025);
    expect(first).toEqual({ allowed: true, remaining: 50_000 });
    const remainingTotalCap = first.allowed ? first.remaining : null;

    const decided = decidedAmount(program, { eligiblePlannedExpenses: 55_000, remainingTotalCap });
    expect(decided).toBe(50_000);
    expect(advancePaymentLimit(program, decided)).toBe(50_000);

    const confirmed = confirmedAmount(program, { decidedAmount: decided, eligibleActualExpenses: 42_000, remainingTotalCap });
    expect(confirmed).toBe(42_000);
    expect(settlement({ confirmed, payments: [50_000], refunds: [] })).toEqual({ toPay: 0, toRefund: 8_000 });
    expect(settlement({ confirmed, payments: [50_000], refunds: [8_000] })).toEqual({ toPay: 0, toRefund: 0 });
  });

  it('in the second year, leaves 8,000 yen of the total', () => {
    const second = remainingMultiYearCap(program, { 2025: 42_000 }, 2026);
    expect(second).toEqual({ allowed: true, remaining: 8_000 });
    expect(decidedAmount(program, { eligiblePlannedExpenses: 20_000, remainingTotalCap: 8_000 })).toBe(8_000);
  });

  it('refuses a third year', () => {
    expect(remainingMultiYearCap(program, { 2025: 42_000, 2026: 8_000 }, 2027)).toMatchObject({ allowed: false });
    expect(remainingMultiYearCap(program, { 2025: 42_000, 2026: 1_000 }, 2027)).toEqual({
      allowed: false,
      reason: expect.objectContaining({ en: 'the organization has already received grants in 2 fiscal years; the program allows at most 2' }),
    });
  });
});
