import type { Fraction, Rounding, Yen } from '../program.js';
import { assertFraction } from './assert-fraction.js';
import { assertYen } from './assert-yen.js';
import { roundDown } from './round-down.js';

/**
 * rate × amount, rounded down as named. Computed in BigInt over the exact ratio, never as
 * a float product: 2/3 × 160,000 is 106,666 exactly, where 160000 * (2 / 3) is 106666.66…6
 * and a float can land on the wrong side of a whole yen.
 */
export function applyRate(amount: Yen, rate: Fraction, rounding: Rounding): Yen {
  assertYen(amount, 'amount');
  assertFraction(rate, 'rate');
  return roundDown(
    { numerator: BigInt(amount) * BigInt(rate.numerator), denominator: BigInt(rate.denominator) },
    rounding,
  );
}
