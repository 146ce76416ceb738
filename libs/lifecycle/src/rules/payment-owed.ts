import { advancePaymentLimit, type Yen } from '#libs/programs';
import { type CaseContext, totalOf } from '../case-context.js';

/**
 * What finance may pay on the case now, less what it has paid. After 額の確定, the rest of the
 * confirmed amount; before it, the advance requested, as far as the decision as it stands allows:
 * a change may have lowered the decision since the request.
 */
export function paymentOwed(context: CaseContext): Yen {
  const payable = context.confirmedAmount ?? Math.min(context.advanceRequested, advancePaymentLimit(context.program, context.decidedAmount ?? 0));
  return Math.max(payable - totalOf(context.payments), 0);
}
