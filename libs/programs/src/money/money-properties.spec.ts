import fc from 'fast-check';
import type { Program, Yen } from '../program.js';
import { seedProgram } from '../seed/seed-program.js';
import { allocationCap } from './allocation-cap.js';
import { applyRate } from './apply-rate.js';
import { confirmedAmount } from './confirmed-amount.js';
import { decidedAmount } from './decided-amount.js';
import { remainingMultiYearCap } from './remaining-multi-year-cap.js';
import { settlement } from './settlement.js';

const yen = (max = 100_000_000) => fc.integer({ min: 0, max });

const rate = fc
  .integer({ min: 1, max: 100 })
  .chain((denominator) => fc.record({ numerator: fc.integer({ min: 1, max: denominator }), denominator: fc.constant(denominator) }));

/** Programs with any rate, rounding and combination of caps, built on a seed so that every other field is sound. */
const program: fc.Arbitrary<Program> = fc
  .record({
    rate,
    rounding: fc.constantFrom('floorToYen' as const, 'floorTo1000' as const),
    perFiscalYear: fc.option(fc.integer({ min: 1, max: 10_000_000 })),
    total: fc.option(fc.record({ amount: fc.integer({ min: 1, max: 10_000_000 }), fiscalYears: fc.integer({ min: 1, max: 5 }) })),
    withFormula: fc.boolean(),
  })
  .map(({ rate, rounding, perFiscalYear, total, withFormula }) => ({
    ...seedProgram('ひとまち'),
    rate,
    rounding,
    caps: { perFiscalYear, total },
    allocationFormula: withFormula ? seedProgram('ひとまち').allocationFormula : null,
  }));

const population = fc.integer({ min: 0, max: 200_000 });

describe('money properties', () => {
  it('never confirms more than was decided, than any cap, or than the rate of what was spent', () => {
    fc.assert(
      fc.property(program, yen(), yen(), population, yen(10_000_000), (program, planned, actual, population, remaining) => {
        const context = { population, remainingTotalCap: program.caps.total === null ? null : remaining };
        const decided = decidedAmount(program, { eligiblePlannedExpenses: planned, ...context });
        const confirmed = confirmedAmount(program, { decidedAmount: decided, eligibleActualExpenses: actual, ...context });

        expect(confirmed).toBeLessThanOrEqual(decided);
        expect(confirmed).toBeLessThanOrEqual(applyRate(actual, program.rate, program.rounding));
        if (program.caps.perFiscalYear !== null) expect(confirmed).toBeLessThanOrEqual(program.caps.perFiscalYear);
        if (program.caps.total !== null) expect(confirmed).toBeLessThanOrEqual(Math.min(remaining, program.caps.total.amount));
        if (program.allocationFormula !== null) expect(confirmed).toBeLessThanOrEqual(allocationCap(program.allocationFormula, population));
      }),
    );
  });

  it('settles so that payments minus refunds equal the confirmed amount, owing on one side at most', () => {
    fc.assert(
      fc.property(yen(), fc.array(yen(10_000_000), { maxLength: 5 }), (confirmed, payments) => {
        const owed = settlement({ confirmed, payments, refunds: [] });
        expect(owed.toPay === 0 || owed.toRefund === 0).toBe(true);

        const finalPayments = owed.toPay > 0 ? [...payments, owed.toPay] : payments;
        const refunds = owed.toRefund > 0 ? [owed.toRefund] : [];
        expect(settlement({ confirmed, payments: finalPayments, refunds })).toEqual({ toPay: 0, toRefund: 0 });
        expect(sum(finalPayments) - sum(refunds)).toBe(confirmed);
      }),
    );
  });

  it('never exceeds a multi-year total nor its number of fiscal years, whatever the yearly requests', () => {
    const yearlyRequests = fc.array(
      fc.record({ skipYears: fc.integer({ min: 0, max: 2 }), planned: yen(200_000), actual: yen(200_000) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 4 }),
        rate,
        yearlyRequests,
        (amount, fiscalYears, rate, requests) => {
          const program: Program = { ...seedProgram('合意形成'), rate, caps: { perFiscalYear: null, total: { amount, fiscalYears } } };
          const grants = new Map<number, Yen>();
          let fiscalYear = 2025;
          for (const { skipYears, planned, actual } of requests) {
            fiscalYear += skipYears;
            const room = remainingMultiYearCap(program, grants, fiscalYear);
            if (!room.allowed) continue;
            const context = { remainingTotalCap: room.remaining };
            const decided = decidedAmount(program, { eligiblePlannedExpenses: planned, ...context });
            const confirmed = confirmedAmount(program, { decidedAmount: decided, eligibleActualExpenses: actual, ...context });
            grants.set(fiscalYear, (grants.get(fiscalYear) ?? 0) + confirmed);
          }
          expect(sum([...grants.values()])).toBeLessThanOrEqual(amount);
          expect([...grants.values()].filter((granted) => granted > 0).length).toBeLessThanOrEqual(fiscalYears);
        },
      ),
    );
  });
});

function sum(amounts: readonly Yen[]): Yen {
  return amounts.reduce((total, amount) => total + amount, 0);
}
