import { decidedAmount, eligibleTotal, type GrantContext, type Yen } from '#libs/programs';
import type { ExpenseLine } from '../case-event.js';
import type { CaseContext } from '../case-context.js';

/** The most the program can grant this organization for these planned expenses (rate, caps, formula). */
export function grantableMaximum(context: CaseContext, plannedExpenses: readonly ExpenseLine[]): Yen {
  return decidedAmount(context.program, {
    eligiblePlannedExpenses: eligibleTotal(context.program, plannedExpenses),
    ...grantContextOf(context),
  });
}

/** The case's area population and remaining multi-year cap, as the money rules take them. */
export function grantContextOf(context: CaseContext): GrantContext {
  return {
    ...(context.population !== null && { population: context.population }),
    ...(context.remainingTotalCap !== null && { remainingTotalCap: context.remainingTotalCap }),
  };
}
