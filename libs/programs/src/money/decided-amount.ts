import type { Program, Yen } from '../program.js';
import { applyRate } from './apply-rate.js';
import { assertYen } from './assert-yen.js';
import { capLimit } from './cap-limit.js';
import type { GrantContext } from './grant-context.js';

export interface DecidedAmountInput extends GrantContext {
  /** 補助対象経費 of the budget (see `eligibleTotal`). */
  eligiblePlannedExpenses: Yen;
}

/**
 * 交付決定額: min(rate × eligible planned expenses rounded down per the program, every cap).
 * The approver may decide less (修正交付決定); never more. A cap whose figure is not given
 * (the population for 均等割 + 地域割, the remaining multi-year total) is refused, not guessed.
 */
export function decidedAmount(program: Program, input: DecidedAmountInput): Yen {
  assertYen(input.eligiblePlannedExpenses, 'eligiblePlannedExpenses');
  const byRate = applyRate(input.eligiblePlannedExpenses, program.rate, program.rounding);
  const cap = capLimit(program, input, 'refuse');
  return cap === null ? byRate : Math.min(byRate, cap);
}
