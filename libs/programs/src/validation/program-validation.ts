import type { Program } from '../program.js';

/** The outcome of `validateProgram`: the program, typed, or every problem found (never just the first). */
export type ProgramValidation = { program: Program } | { problems: string[] };
