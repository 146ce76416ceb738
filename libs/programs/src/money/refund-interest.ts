import { daysBetween, isIsoDate, type IsoDate } from '#libs/calendar';
import type { Fraction, Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { assertFraction } from './assert-fraction.js';
import { assertYen } from './assert-yen.js';
import { floorToYen } from './round-down.js';

// Interest on a refund (返還) counted by day, as 補助金適正化法 第19条 and the municipal
// 補助金等交付規則 that follow it charge it: principal × rate per year × days / 365, floored to
// the yen. The year counts 365 days even when the period holds 29 February (閏年の日を含む期間に
// ついても365日当たりの割合), so a whole leap year costs 366/365 of the yearly rate.

/**
 * 加算金 on a refund ordered after 交付決定の取消: from the day the money was received up to
 * the day it is repaid, both days counted (受領の日から納付の日まで). When the grant was
 * received in several payments, charge each payment from its own day of receipt.
 */
export function additionCharge(principal: Yen, ratePerYear: Fraction, receivedOn: IsoDate, repaidOn: IsoDate): Yen {
  assertIsoDateArgument(receivedOn, 'receivedOn');
  assertIsoDateArgument(repaidOn, 'repaidOn');
  const daysAfterReceipt = daysBetween(receivedOn, repaidOn);
  if (daysAfterReceipt < 0) {
    throw new ProgramsException(ProgramsErrorCode.InvalidDate, `repaidOn ${repaidOn} is before receivedOn ${receivedOn}`);
  }
  return chargeByDay(principal, ratePerYear, daysAfterReceipt + 1);
}

/**
 * 延滞金 on a refund not repaid by its due date: from the day after the due date up to the
 * day of repayment (納期日の翌日から納付の日まで); 0 when repaid on or before the due date.
 */
export function delinquencyCharge(principal: Yen, ratePerYear: Fraction, dueOn: IsoDate, repaidOn: IsoDate): Yen {
  assertIsoDateArgument(dueOn, 'dueOn');
  assertIsoDateArgument(repaidOn, 'repaidOn');
  return chargeByDay(principal, ratePerYear, Math.max(daysBetween(dueOn, repaidOn), 0));
}

const DAYS_PER_YEAR = 365n;

function chargeByDay(principal: Yen, ratePerYear: Fraction, days: number): Yen {
  assertYen(principal, 'principal');
  assertFraction(ratePerYear, 'ratePerYear');
  return floorToYen({
    numerator: BigInt(principal) * BigInt(ratePerYear.numerator) * BigInt(days),
    denominator: BigInt(ratePerYear.denominator) * DAYS_PER_YEAR,
  });
}

function assertIsoDateArgument(value: unknown, name: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new ProgramsException(ProgramsErrorCode.InvalidDate, `${name} must be a real YYYY-MM-DD date (got ${JSON.stringify(value)})`);
  }
}
