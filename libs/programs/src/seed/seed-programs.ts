import type { Program } from '../program.js';
import { ICHINOSEKI_PROGRAMS } from './ichinoseki.programs.js';
import { MORIOKA_PROGRAMS } from './morioka.programs.js';
import { YUZAWA_PROGRAMS } from './yuzawa.programs.js';

/** Every program of the seed documents, for the three municipalities (docs/domain.md §4). */
export const SEED_PROGRAMS: readonly Program[] = [...ICHINOSEKI_PROGRAMS, ...MORIOKA_PROGRAMS, ...YUZAWA_PROGRAMS];
