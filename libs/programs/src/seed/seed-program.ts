import type { Program } from '../program.js';
import { SEED_PROGRAMS } from './seed-programs.js';

/** The seed program with this code (codes are unique across the seeds), for tests and fixtures. */
export function seedProgram(code: string): Program {
  const program = SEED_PROGRAMS.find((candidate) => candidate.code === code);
  if (program === undefined) {
    throw new Error(`no seed program has the code ${code}; known: ${SEED_PROGRAMS.map((known) => known.code).join(', ')}`);
  }
  return program;
}
