import type { Problem } from '#libs/errors';
import type { Program } from '../program.js';

/** The outcome of `validateProgram`: the program, typed, or every problem found (never just the first), each under its field's path. */
export type ProgramValidation = { program: Program } | { problems: Problem[] };
