import type { Fraction } from '#libs/programs';

/** Enough for any rate a rule would set (10.95 % is two); past it the fraction is written as one. */
const MOST_DECIMAL_PLACES = 6;

/**
 * A yearly rate as a notice writes it, exactly: 1095/10000 → 年10.95パーセント; a rate with no
 * short decimal form stays a fraction (1/3 → 年3分の1).
 */
export function formatRatePerYear({ numerator, denominator }: Fraction): string {
  const divisor = BigInt(denominator);
  for (let places = 0; places <= MOST_DECIMAL_PLACES; places++) {
    const scaled = BigInt(numerator) * 100n * 10n ** BigInt(places);
    if (scaled % divisor !== 0n) continue;
    const digits = (scaled / divisor).toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    return `年${places === 0 ? whole : `${whole}.${digits.slice(digits.length - places)}`}パーセント`;
  }
  return `年${denominator}分の${numerator}`;
}
