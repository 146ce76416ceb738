import type { AllocationFormula, Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { wholeNumberProblems } from '../validation/whole-number-problems.js';

/**
 * 均等割 + 地域割: the flat share every area gets plus the amount of the population bracket
 * the area falls in (bounds inclusive; `maxPopulation: null` has no upper bound).
 * A population no bracket covers is refused rather than given a guessed amount.
 */
export function allocationCap(formula: AllocationFormula, population: number): Yen {
  const [problem] = wholeNumberProblems(population, 'population', 0);
  if (problem !== undefined) throw new ProgramsException(ProgramsErrorCode.PopulationNotCovered, problem.text.en);
  const bracket = formula.populationBrackets.find(
    ({ minPopulation, maxPopulation }) => population >= minPopulation && (maxPopulation === null || population <= maxPopulation),
  );
  if (bracket === undefined) {
    throw new ProgramsException(
      ProgramsErrorCode.PopulationNotCovered,
      `population ${population} falls in no bracket of the allocation formula (地域割)`,
    );
  }
  return formula.flatShare + bracket.amount;
}
