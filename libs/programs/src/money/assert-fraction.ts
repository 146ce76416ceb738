import type { Fraction } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { fractionProblems } from '../validation/fraction-problems.js';

/**
 * Refuses a rate that is not whole numbers over a positive denominator. Arithmetic accepts
 * 0 and rates above 1 (an interest rate, a rate under test); `validateProgram` is where a
 * program's subsidy rate is held to (0, 1].
 */
export function assertFraction(value: unknown, what: string): asserts value is Fraction {
  const problems = fractionProblems(value, what, { aboveZero: false, atMostOneBecause: null });
  if (problems.length === 0) return;
  const english = problems.map((each) => each.text.en);
  throw new ProgramsException(ProgramsErrorCode.InvalidFraction, english.join('; '), english);
}
