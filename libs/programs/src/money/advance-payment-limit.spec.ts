import type { Program } from '../program.js';
import { advancePaymentLimit } from './advance-payment-limit.js';

const allowing = (numerator: number, denominator: number): Pick<Program, 'advancePayment'> => ({
  advancePayment: { allowed: true, maxFraction: { numerator, denominator } },
});

describe('advancePaymentLimit (前金払・概算払)', () => {
  it('allows the whole decided amount when the program allows 10/10 (合意形成: 前金払い可)', () => {
    expect(advancePaymentLimit(allowing(1, 1), 50_000)).toBe(50_000);
  });

  it('allows at most the fraction of the decided amount, floored to the yen', () => {
    expect(advancePaymentLimit(allowing(5, 10), 100_000)).toBe(50_000);
    expect(advancePaymentLimit(allowing(5, 10), 66_667)).toBe(33_333);
  });

  it('allows nothing when the program pays only after the report', () => {
    expect(advancePaymentLimit({ advancePayment: { allowed: false } }, 100_000)).toBe(0);
  });

  it('refuses a decided amount that is not whole yen', () => {
    expect(() => advancePaymentLimit(allowing(1, 2), -100)).toThrow('decidedAmount must be a whole number of yen ≥ 0 (got -100)');
  });
});
