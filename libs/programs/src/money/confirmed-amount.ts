import type { Program, Yen } from '../program.js';
import { applyRate } from './apply-rate.js';
import { assertYen } from './assert-yen.js';
import { capLimit } from './cap-limit.js';
import type { GrantContext } from './grant-context.js';

export interface ConfirmedAmountInput extends GrantContext {
  /** The decided amount, as last changed by an approved 変更. */
  decidedAmount: Yen;
  /** 補助対象経費 of the settlement statement (see `eligibleTotal`). */
  eligibleActualExpenses: Yen;
}

/**
 * 額の確定: min(decided amount, rate × eligible actual expenses rounded down, every cap).
 * Spending less than planned lowers the grant; spending more never raises it above the decision.
 * The caps are applied again because a change may have raised the decided amount; a cap
 * whose figure is not given (population, remaining multi-year total) is left to the decided
 * amount, which was bounded by it. For a multi-year total, `remainingTotalCap` must leave out
 * this grant itself.
 */
export function confirmedAmount(program: Program, input: ConfirmedAmountInput): Yen {
  assertYen(input.decidedAmount, 'decidedAmount');
  assertYen(input.eligibleActualExpenses, 'eligibleActualExpenses');
  const byRate = applyRate(input.eligibleActualExpenses, program.rate, program.rounding);
  const cap = capLimit(program, input, 'leaveToDecidedAmount');
  const limits = cap === null ? [input.decidedAmount, byRate] : [input.decidedAmount, byRate, cap];
  return Math.min(...limits);
}
