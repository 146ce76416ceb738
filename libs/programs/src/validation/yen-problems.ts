import { enteredJa, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

/**
 * Why `value` is not an amount of yen, or [] when it is. Yen are whole, never negative,
 * and within Number's safe integers so that sums and BigInt round trips stay exact.
 */
export function yenProblems(value: unknown, path: string): Problem[] {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return [];
  return [fieldProblem(path, (name) => `${name}は0円以上の整数（円単位）で入力してください${enteredJa(value)}。`, `${path} must be a whole number of yen ≥ 0 (got ${describeValue(value)})`)];
}
