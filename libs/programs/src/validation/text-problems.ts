import type { Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

/** Why `value` is not a string with something in it besides spaces, or []. */
export function textProblems(value: unknown, path: string): Problem[] {
  if (typeof value === 'string' && value.trim() !== '') return [];
  return [fieldProblem(path, (name) => `${name}を入力してください。`, `${path} must be a non-empty text (got ${describeValue(value)})`)];
}
