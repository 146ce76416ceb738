import { describeValue } from './describe-value.js';

/** Why `value` is not a whole number ≥ `minimum` (a count of days, of fiscal years, a population), or []. */
export function wholeNumberProblems(value: unknown, path: string, minimum: number): string[] {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum) return [];
  return [`${path} must be a whole number ≥ ${minimum} (got ${describeValue(value)})`];
}
