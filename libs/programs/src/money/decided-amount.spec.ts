import { ProgramsErrorCode } from '../programs.exception.js';
import { seedProgram } from '../seed/seed-program.js';
import { decidedAmount } from './decided-amount.js';

describe('decidedAmount (交付決定額)', () => {
  const collaborationSupport = seedProgram('協働支援'); // 2/3, 100,000 yen a year

  it('is the rate applied to the eligible planned expenses when that is under the cap', () => {
    expect(decidedAmount(collaborationSupport, { eligiblePlannedExpenses: 90_000 })).toBe(60_000);
    expect(decidedAmount(collaborationSupport, { eligiblePlannedExpenses: 100_000 })).toBe(66_666);
  });

  it('is the cap per fiscal year when the rate gives more: 2/3 of 160,000 is 106,666, capped at 100,000', () => {
    expect(decidedAmount(collaborationSupport, { eligiblePlannedExpenses: 160_000 })).toBe(100_000);
  });

  it('is at most what is left of a multi-year total', () => {
    const consensus = seedProgram('合意形成'); // 100%, 50,000 in total
    expect(decidedAmount(consensus, { eligiblePlannedExpenses: 60_000, remainingTotalCap: 50_000 })).toBe(50_000);
    expect(decidedAmount(consensus, { eligiblePlannedExpenses: 60_000, remainingTotalCap: 8_000 })).toBe(8_000);
    expect(decidedAmount(consensus, { eligiblePlannedExpenses: 6_000, remainingTotalCap: 8_000 })).toBe(6_000);
  });

  it('never takes more of a multi-year total than the total itself, whatever remainder is passed', () => {
    expect(decidedAmount(seedProgram('合意形成'), { eligiblePlannedExpenses: 90_000, remainingTotalCap: 70_000 })).toBe(50_000);
  });

  it('refuses to decide a multi-year program without what is left of its total', () => {
    for (const remainingTotalCap of [undefined, null]) {
      expect(() => decidedAmount(seedProgram('合意形成'), { eligiblePlannedExpenses: 10_000, remainingTotalCap })).toThrow(
        expect.objectContaining({ code: ProgramsErrorCode.MissingGrantContext, message: expect.stringContaining('remainingTotalCap is required') }),
      );
    }
  });

  it('is at most 均等割 + 地域割 for the area when the program has a formula', () => {
    const activityGrant = seedProgram('ひとまち'); // 1,000,000 + 600,000 for 2,000–3,999 people
    expect(decidedAmount(activityGrant, { eligiblePlannedExpenses: 2_000_000, population: 3_200 })).toBe(1_600_000);
    expect(decidedAmount(activityGrant, { eligiblePlannedExpenses: 1_234_567, population: 3_200 })).toBe(1_234_567);
  });

  it('refuses a formula program without the population', () => {
    expect(() => decidedAmount(seedProgram('ひとまち'), { eligiblePlannedExpenses: 100, population: null })).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.MissingGrantContext, message: expect.stringContaining("the area's population is required") }),
    );
  });

  it('rounds down to the 1,000 yen for a program that does', () => {
    const hallWorks = seedProgram('公民館整備'); // 1/2, floorTo1000, 3,000,000
    expect(decidedAmount(hallWorks, { eligiblePlannedExpenses: 2_345_679 })).toBe(1_172_000);
  });

  it('refuses planned expenses that are not whole yen', () => {
    expect(() => decidedAmount(collaborationSupport, { eligiblePlannedExpenses: -5 })).toThrow(
      'eligiblePlannedExpenses must be a whole number of yen ≥ 0 (got -5)',
    );
  });
});
