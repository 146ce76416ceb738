import { enteredJa, type LocalizedText, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

export interface FractionLimits {
  /** Refuse 0/n: a rate of nothing is a configuration mistake, not a program. */
  aboveZero: boolean;
  /** When set, refuse a fraction above 1 and give this as the reason (a rate above 100% pays more than was spent). */
  atMostOneBecause: LocalizedText | null;
}

/**
 * Why `value` is not a fraction { numerator, denominator } of whole numbers within the
 * limits, or []. Rates are kept as fractions so that 2/3 stays 2/3: a float cannot.
 */
export function fractionProblems(value: unknown, path: string, limits: FractionLimits): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      fieldProblem(
        path,
        (name) => `${name}は分数（分子と分母）で指定してください${enteredJa(value)}。`,
        `${path} must be a fraction { numerator, denominator } (got ${describeValue(value)})`,
      ),
    ];
  }
  const { numerator, denominator } = value as Record<string, unknown>;
  const problems: Problem[] = [];
  const minimumNumerator = limits.aboveZero ? 1 : 0;
  const numeratorIsWhole = typeof numerator === 'number' && Number.isSafeInteger(numerator) && numerator >= minimumNumerator;
  const denominatorIsPositive = typeof denominator === 'number' && Number.isSafeInteger(denominator) && denominator > 0;
  if (!numeratorIsWhole) {
    problems.push(
      fieldProblem(
        `${path}.numerator`,
        (name) => `${name}は${minimumNumerator}以上の整数で入力してください${enteredJa(numerator)}。`,
        `${path}.numerator must be a whole number ≥ ${minimumNumerator} (got ${describeValue(numerator)})`,
      ),
    );
  }
  if (!denominatorIsPositive) {
    problems.push(
      fieldProblem(
        `${path}.denominator`,
        (name) => `${name}は1以上の整数で入力してください${enteredJa(denominator)}。`,
        `${path}.denominator must be a positive integer (got ${describeValue(denominator)})`,
      ),
    );
  }
  const because = limits.atMostOneBecause;
  if (numeratorIsWhole && denominatorIsPositive && because !== null && numerator > denominator) {
    problems.push(
      fieldProblem(
        path,
        (name) => `${name}は1（10分の10）以下にしてください（入力: ${numerator}/${denominator}）。${because.ja}`,
        `${path} must not be above 1 (${numerator}/${denominator}): ${because.en}`,
      ),
    );
  }
  return problems;
}
