import { ProgramsErrorCode } from '../programs.exception.js';
import { seedProgram } from '../seed/seed-program.js';
import { remainingMultiYearCap } from './remaining-multi-year-cap.js';

describe('remainingMultiYearCap', () => {
  const consensus = seedProgram('合意形成'); // 50,000 yen in total over at most 2 fiscal years

  it('leaves the whole total for a first grant', () => {
    expect(remainingMultiYearCap(consensus, new Map(), 2025)).toEqual({ allowed: true, remaining: 50_000 });
  });

  it('leaves what the first year did not use for a second year', () => {
    expect(remainingMultiYearCap(consensus, new Map([[2025, 42_000]]), 2026)).toEqual({ allowed: true, remaining: 8_000 });
  });

  it('accepts grants as a record keyed by fiscal year', () => {
    expect(remainingMultiYearCap(consensus, { 2025: 42_000 }, 2026)).toEqual({ allowed: true, remaining: 8_000 });
  });

  it('refuses a third fiscal year even when some of the total is left', () => {
    expect(remainingMultiYearCap(consensus, { 2025: 20_000, 2026: 10_000 }, 2027)).toEqual({
      allowed: false,
      reason: expect.objectContaining({ en: 'the organization has already received grants in 2 fiscal years; the program allows at most 2' }),
    });
  });

  it('refuses a year once the total is used up', () => {
    expect(remainingMultiYearCap(consensus, { 2025: 50_000 }, 2026)).toEqual({
      allowed: false,
      reason: expect.objectContaining({ en: 'the total cap of 50000 yen is used up (50000 yen granted)' }),
    });
  });

  it('counts an earlier grant in the same fiscal year against the total without using another year', () => {
    expect(remainingMultiYearCap(consensus, { 2025: 30_000, 2026: 5_000 }, 2026)).toEqual({ allowed: true, remaining: 15_000 });
  });

  it('does not count a year whose grant came to 0 yen as used', () => {
    expect(remainingMultiYearCap(consensus, { 2025: 0, 2026: 12_000 }, 2027)).toEqual({ allowed: true, remaining: 38_000 });
  });

  it('puts no multi-year limit on a program without a total cap', () => {
    expect(remainingMultiYearCap(seedProgram('協働支援'), { 2023: 100_000, 2024: 100_000, 2025: 100_000 }, 2026)).toEqual({
      allowed: true,
      remaining: null,
    });
  });

  it('refuses a grant that is not whole yen, and a fiscal year that is not a whole number', () => {
    expect(() => remainingMultiYearCap(consensus, { 2025: 10.5 }, 2026)).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidAmount }),
    );
    expect(() => remainingMultiYearCap(consensus, {}, 2025.5)).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidNumber, message: 'fiscalYear must be a whole number ≥ 1 (got 2025.5)' }),
    );
  });
});
