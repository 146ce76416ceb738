import { enteredJa, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

/** Why `value` is not a whole number ≥ `minimum` (a count of days, of fiscal years, a population), or []. */
export function wholeNumberProblems(value: unknown, path: string, minimum: number): Problem[] {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum) return [];
  return [fieldProblem(path, (name) => `${name}は${minimum}以上の整数で入力してください${enteredJa(value)}。`, `${path} must be a whole number ≥ ${minimum} (got ${describeValue(value)})`)];
}
