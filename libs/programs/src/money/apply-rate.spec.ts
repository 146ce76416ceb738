import fc from 'fast-check';
import { ProgramsErrorCode } from '../programs.exception.js';
import { applyRate } from './apply-rate.js';

describe('applyRate', () => {
  it('takes 2/3 of 160,000 yen as exactly 106,666 yen', () => {
    expect(applyRate(160_000, { numerator: 2, denominator: 3 }, 'floorToYen')).toBe(106_666);
  });

  it('takes 100% as the amount itself', () => {
    expect(applyRate(42_000, { numerator: 1, denominator: 1 }, 'floorToYen')).toBe(42_000);
    expect(applyRate(42_000, { numerator: 10, denominator: 10 }, 'floorToYen')).toBe(42_000);
  });

  it('rounds down to the 1,000 yen when the program says so', () => {
    expect(applyRate(1_234_567, { numerator: 3, denominator: 5 }, 'floorTo1000')).toBe(740_000);
  });

  it('is exact where a float product is not: 7/10 of 163,850 yen is 114,695, not 114,694', () => {
    // 163850 * 0.7 is 114694.99999999999 in binary floating point.
    expect(Math.floor(163_850 * (7 / 10))).toBe(114_694);
    expect(applyRate(163_850, { numerator: 7, denominator: 10 }, 'floorToYen')).toBe(114_695);
  });

  it('equals the exact rational floor computed in BigInt, for any amount and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amount, denominator, numeratorSeed) => {
          const numerator = numeratorSeed % (denominator + 1);
          const product = BigInt(amount) * BigInt(numerator);
          const rate = { numerator, denominator };
          expect(BigInt(applyRate(amount, rate, 'floorToYen'))).toBe(product / BigInt(denominator));
          expect(BigInt(applyRate(amount, rate, 'floorTo1000'))).toBe((product / (BigInt(denominator) * 1000n)) * 1000n);
        },
      ),
    );
  });

  it('never rounds up: the result is at most the exact value and less than one unit below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('floorToYen' as const, 'floorTo1000' as const),
        (amount, denominator, numeratorSeed, rounding) => {
          const numerator = numeratorSeed % (denominator + 1);
          const exactTimesDenominator = BigInt(amount) * BigInt(numerator);
          const resultTimesDenominator = BigInt(applyRate(amount, { numerator, denominator }, rounding)) * BigInt(denominator);
          const unit = rounding === 'floorToYen' ? 1n : 1000n;
          expect(resultTimesDenominator <= exactTimesDenominator).toBe(true);
          expect(exactTimesDenominator - resultTimesDenominator < unit * BigInt(denominator)).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['a negative amount', -1],
    ['a fractional amount', 1_000.5],
    ['NaN', Number.NaN],
    ['an amount beyond the safe integers', Number.MAX_SAFE_INTEGER + 1],
    ['a string', '1000'],
  ])('refuses %s', (_, amount) => {
    expect(() => applyRate(amount as number, { numerator: 1, denominator: 2 }, 'floorToYen')).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidAmount, message: expect.stringMatching(/^amount must be a whole number of yen ≥ 0/) }),
    );
  });

  it.each([
    ['a zero denominator', { numerator: 1, denominator: 0 }, 'rate.denominator must be a positive integer (got 0)'],
    ['a negative denominator', { numerator: 1, denominator: -3 }, 'rate.denominator must be a positive integer (got -3)'],
    ['a float numerator', { numerator: 0.5, denominator: 1 }, 'rate.numerator must be a whole number ≥ 0 (got 0.5)'],
    ['a negative numerator', { numerator: -1, denominator: 3 }, 'rate.numerator must be a whole number ≥ 0 (got -1)'],
  ])('refuses a rate with %s', (_, rate, message) => {
    expect(() => applyRate(1_000, rate, 'floorToYen')).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidFraction, message }),
    );
  });

  it('refuses a float rate given where a fraction belongs', () => {
    expect(() => applyRate(1_000, 0.5 as never, 'floorToYen')).toThrow(/rate must be a fraction \{ numerator, denominator \}/);
  });
});
