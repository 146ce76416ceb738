import { describeValue } from './describe-value.js';

export interface FractionLimits {
  /** Refuse 0/n: a rate of nothing is a configuration mistake, not a program. */
  aboveZero: boolean;
  /** When set, refuse a fraction above 1 and give this as the reason (a rate above 100% pays more than was spent). */
  atMostOneBecause: string | null;
}

/**
 * Why `value` is not a fraction { numerator, denominator } of whole numbers within the
 * limits, or []. Rates are kept as fractions so that 2/3 stays 2/3: a float cannot.
 */
export function fractionProblems(value: unknown, path: string, limits: FractionLimits): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${path} must be a fraction { numerator, denominator } (got ${describeValue(value)})`];
  }
  const { numerator, denominator } = value as Record<string, unknown>;
  const problems: string[] = [];
  const minimumNumerator = limits.aboveZero ? 1 : 0;
  const numeratorIsWhole = typeof numerator === 'number' && Number.isSafeInteger(numerator) && numerator >= minimumNumerator;
  const denominatorIsPositive = typeof denominator === 'number' && Number.isSafeInteger(denominator) && denominator > 0;
  if (!numeratorIsWhole) {
    problems.push(`${path}.numerator must be a whole number ≥ ${minimumNumerator} (got ${describeValue(numerator)})`);
  }
  if (!denominatorIsPositive) {
    problems.push(`${path}.denominator must be a positive integer (got ${describeValue(denominator)})`);
  }
  if (numeratorIsWhole && denominatorIsPositive && limits.atMostOneBecause !== null && numerator > denominator) {
    problems.push(`${path} must not be above 1 (${numerator}/${denominator}): ${limits.atMostOneBecause}`);
  }
  return problems;
}
