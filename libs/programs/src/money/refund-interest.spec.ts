import { addDays } from '#libs/calendar';
import fc from 'fast-check';
import { ProgramsErrorCode } from '../programs.exception.js';
import { additionCharge, delinquencyCharge } from './refund-interest.js';

const TEN_POINT_95_PERCENT = { numerator: 1095, denominator: 10_000 };

describe('additionCharge (加算金)', () => {
  it('counts from the day of receipt to the day of repayment, both days included', () => {
    // 30 days: 100,000 × 10.95% × 30 / 365 = 900 exactly.
    expect(additionCharge(100_000, TEN_POINT_95_PERCENT, '2025-04-01', '2025-04-30')).toBe(900);
  });

  it('charges one day when the money is repaid on the day it was received', () => {
    // 100,000 × 0.1095 / 365 = 30.
    expect(additionCharge(100_000, TEN_POINT_95_PERCENT, '2025-04-01', '2025-04-01')).toBe(30);
  });

  it('divides by 365 even in a leap year, so 366 days cost more than a year at the rate', () => {
    expect(additionCharge(1_000_000, TEN_POINT_95_PERCENT, '2025-01-01', '2025-12-31')).toBe(109_500);
    expect(additionCharge(1_000_000, TEN_POINT_95_PERCENT, '2024-01-01', '2024-12-31')).toBe(109_800);
  });

  it('floors to the yen', () => {
    // 8,000 × 0.1095 × 100 / 365 = 240 exactly; 101 days gives 242.4.
    expect(additionCharge(8_000, TEN_POINT_95_PERCENT, '2025-06-01', '2025-09-08')).toBe(240);
    expect(additionCharge(8_000, TEN_POINT_95_PERCENT, '2025-06-01', '2025-09-09')).toBe(242);
  });

  it('equals the exact floor of principal × rate × days / 365 for any period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        (principal, startOffset, length) => {
          const receivedOn = addDays('2000-01-01', startOffset);
          const repaidOn = addDays(receivedOn, length);
          const days = BigInt(length + 1);
          const expected = (BigInt(principal) * 1095n * days) / (10_000n * 365n);
          expect(BigInt(additionCharge(principal, TEN_POINT_95_PERCENT, receivedOn, repaidOn))).toBe(expected);
        },
      ),
    );
  });

  it('refuses a repayment before the receipt and dates that do not exist', () => {
    expect(() => additionCharge(8_000, TEN_POINT_95_PERCENT, '2025-06-02', '2025-06-01')).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidDate, message: 'repaidOn 2025-06-01 is before receivedOn 2025-06-02' }),
    );
    expect(() => additionCharge(8_000, TEN_POINT_95_PERCENT, '2025-02-29', '2025-06-01')).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidDate, message: 'receivedOn must be a real YYYY-MM-DD date (got "2025-02-29")' }),
    );
  });
});

describe('delinquencyCharge (延滞金)', () => {
  it('counts from the day after the due date to the day of repayment', () => {
    // Due 30 June, repaid 10 July: 10 days. 80,000 × 0.1095 × 10 / 365 = 240.
    expect(delinquencyCharge(80_000, TEN_POINT_95_PERCENT, '2025-06-30', '2025-07-10')).toBe(240);
  });

  it('is 0 when the refund is repaid on or before the due date', () => {
    expect(delinquencyCharge(80_000, TEN_POINT_95_PERCENT, '2025-06-30', '2025-06-30')).toBe(0);
    expect(delinquencyCharge(80_000, TEN_POINT_95_PERCENT, '2025-06-30', '2025-06-01')).toBe(0);
  });

  it('refuses a principal that is not whole yen and a rate with a zero denominator', () => {
    expect(() => delinquencyCharge(-1, TEN_POINT_95_PERCENT, '2025-06-30', '2025-07-10')).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidAmount }),
    );
    expect(() => delinquencyCharge(1_000, { numerator: 1, denominator: 0 }, '2025-06-30', '2025-07-10')).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidFraction }),
    );
  });
});
