import type { Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { yenProblems } from '../validation/yen-problems.js';

/** Refuses anything but whole, non-negative, safe yen; `what` names the argument in the message. */
export function assertYen(value: unknown, what: string): asserts value is Yen {
  const [problem] = yenProblems(value, what);
  if (problem !== undefined) throw new ProgramsException(ProgramsErrorCode.InvalidAmount, problem.text.en);
}
