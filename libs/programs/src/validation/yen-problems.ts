import { describeValue } from './describe-value.js';

/**
 * Why `value` is not an amount of yen, or [] when it is. Yen are whole, never negative,
 * and within Number's safe integers so that sums and BigInt round trips stay exact.
 */
export function yenProblems(value: unknown, path: string): string[] {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return [];
  return [`${path} must be a whole number of yen ≥ 0 (got ${describeValue(value)})`];
}
