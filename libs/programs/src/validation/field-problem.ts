import { type Problem, problem } from '#libs/errors';
import { programFieldName } from './program-field-name.js';

/**
 * A problem with the program field at `path`, in both languages: the Japanese sentence is
 * written around the field's name (`name` is 補助率の分母（rate.denominator）), the English one
 * names the path first, as the administrators who keep programs as data read it.
 */
export const fieldProblem = (path: string, ja: (name: string) => string, en: string): Problem => problem(path, ja(programFieldName(path)), en);
