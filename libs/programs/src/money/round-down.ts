import type { Rounding, Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import type { ExactYen } from './exact-yen.js';

/** 円未満切り捨て: the whole yen at or below the exact amount. */
export function floorToYen(exact: ExactYen): Yen {
  return toYen(quotientOf(exact, 1n));
}

/** 千円未満切り捨て: the multiple of 1,000 yen at or below the exact amount. */
export function floorTo1000(exact: ExactYen): Yen {
  return toYen(quotientOf(exact, 1000n) * 1000n);
}

/** The program's rounding by name. Subsidies and charges never round up: the city pays no more than the rule gives. */
export function roundDown(exact: ExactYen, rounding: Rounding): Yen {
  switch (rounding) {
    case 'floorToYen':
      return floorToYen(exact);
    case 'floorTo1000':
      return floorTo1000(exact);
  }
}

/** floor(exact / unit). BigInt division truncates toward zero, which is the floor for the non-negative amounts allowed here. */
function quotientOf({ numerator, denominator }: ExactYen, unit: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) {
    throw new ProgramsException(
      ProgramsErrorCode.InvalidAmount,
      `an exact amount must be ≥ 0 over a positive denominator (got ${numerator}/${denominator})`,
    );
  }
  return numerator / (denominator * unit);
}

function toYen(amount: bigint): Yen {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ProgramsException(ProgramsErrorCode.InvalidAmount, `${amount} yen is beyond the safe integer range`);
  }
  return Number(amount);
}
