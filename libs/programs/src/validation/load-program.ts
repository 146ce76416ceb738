import type { Program } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { validateProgram } from './validate-program.js';

/** `validateProgram` for callers that cannot go on without the program: throws with every problem listed, in English (a configuration error, read in the logs). */
export function loadProgram(data: unknown): Program {
  const validation = validateProgram(data);
  if ('program' in validation) return validation.program;
  const name = typeof data === 'object' && data !== null && 'code' in data ? ` ${String(data.code)}` : '';
  const problems = validation.problems.map((each) => each.text.en);
  throw new ProgramsException(ProgramsErrorCode.InvalidProgram, `program${name} is not valid: ${problems.join('; ')}`, problems);
}
