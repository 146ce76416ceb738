import type { AllocationFormula } from '../program.js';
import { ProgramsErrorCode } from '../programs.exception.js';
import { allocationCap } from './allocation-cap.js';

const formula: AllocationFormula = {
  flatShare: 1_000_000,
  populationBrackets: [
    { minPopulation: 1_000, maxPopulation: 1_999, amount: 300_000 },
    { minPopulation: 2_000, maxPopulation: 3_999, amount: 600_000 },
    { minPopulation: 4_000, maxPopulation: null, amount: 900_000 },
  ],
};

describe('allocationCap (均等割 + 地域割)', () => {
  it('adds the flat share to the amount of the bracket the population falls in', () => {
    expect(allocationCap(formula, 2_500)).toBe(1_600_000);
  });

  it('counts both bounds of a bracket as inside it', () => {
    expect(allocationCap(formula, 1_000)).toBe(1_300_000);
    expect(allocationCap(formula, 1_999)).toBe(1_300_000);
    expect(allocationCap(formula, 2_000)).toBe(1_600_000);
  });

  it('has no upper bound in an open-ended last bracket', () => {
    expect(allocationCap(formula, 105_238)).toBe(1_900_000);
  });

  it('refuses a population outside every bracket', () => {
    expect(() => allocationCap(formula, 999)).toThrow(
      expect.objectContaining({
        code: ProgramsErrorCode.PopulationNotCovered,
        message: 'population 999 falls in no bracket of the allocation formula (地域割)',
      }),
    );
  });

  it.each([-1, 12.5, Number.NaN])('refuses a population of %s', (population) => {
    expect(() => allocationCap(formula, population)).toThrow(/^population must be a whole number ≥ 0/);
  });
});
