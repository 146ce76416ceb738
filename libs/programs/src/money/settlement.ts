import type { Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { assertYen } from './assert-yen.js';

export interface SettlementInput {
  /** 確定額. */
  confirmed: Yen;
  /** Every payment made so far: 前金払/概算払 and any earlier 精算払. */
  payments: readonly Yen[];
  /** Every refund received so far. */
  refunds: readonly Yen[];
}

/** What is still owed after 額の確定; at most one side is non-zero, both zero once settled. */
export interface Settlement {
  /** 精算払: the city pays the rest. */
  toPay: Yen;
  /** 返還: the organization repays what it received beyond the confirmed amount. */
  toRefund: Yen;
}

/** Confirmed amount against what was paid net of refunds. */
export function settlement(input: SettlementInput): Settlement {
  assertYen(input.confirmed, 'confirmed');
  const paid = sumOf(input.payments, 'payments');
  const refunded = sumOf(input.refunds, 'refunds');
  if (refunded > paid) {
    throw new ProgramsException(
      ProgramsErrorCode.RefundsExceedPayments,
      `refunds (${refunded} yen) exceed payments (${paid} yen): the payment records are wrong`,
    );
  }
  const outstanding = input.confirmed - (paid - refunded);
  return { toPay: Math.max(outstanding, 0), toRefund: Math.max(-outstanding, 0) };
}

function sumOf(amounts: readonly Yen[], what: string): Yen {
  let sum = 0;
  amounts.forEach((amount, index) => {
    assertYen(amount, `${what}[${index}]`);
    sum += amount;
  });
  assertYen(sum, `the sum of ${what}`);
  return sum;
}
