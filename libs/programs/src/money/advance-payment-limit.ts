import type { Program, Yen } from '../program.js';
import { applyRate } from './apply-rate.js';
import { assertYen } from './assert-yen.js';

/**
 * 前金払/概算払: the most that may be paid before 額の確定, floor(maxFraction × decided);
 * 0 when the program pays only after the report.
 */
export function advancePaymentLimit(program: Pick<Program, 'advancePayment'>, decidedAmount: Yen): Yen {
  assertYen(decidedAmount, 'decidedAmount');
  if (!program.advancePayment.allowed) return 0;
  return applyRate(decidedAmount, program.advancePayment.maxFraction, 'floorToYen');
}
