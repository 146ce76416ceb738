import { type Problem, problem } from '#libs/errors';
import { formatEraDate, type IsoDate } from '#libs/calendar';
import { additionCharge, confirmedAmount, delinquencyCharge, eligibleTotal, type Yen } from '#libs/programs';
import { type CaseContext, totalOf } from '../case-context.js';
import type { CaseEventOf } from '../case-event.js';
import { fieldName } from '../event-field-labels.js';
import { expenseLineProblems, yenEn, yenJa, yenProblems } from './amount-checks.js';
import { afterTodayProblems, missingDocumentProblems } from './application.rules.js';
import { grantContextOf } from './grantable-maximum.js';
import { noticeProblems } from './review.rules.js';
import { paymentOwed } from './payment-owed.js';

export function reportProblems(context: CaseContext, event: CaseEventOf<'SUBMIT_REPORT'>): Problem[] {
  return [
    ...expenseLineProblems('actualExpenses', event.actualExpenses),
    ...missingDocumentProblems(context.program.requiredDocuments.report, event.documents, {
      ja: '実績報告',
      en: 'the performance report (実績報告)',
    }),
  ];
}

/** 額の確定 as the rules compute it: min(decided as changed, rate × eligible actual expenses, caps). */
export function computedConfirmedAmount(context: CaseContext): Yen {
  return confirmedAmount(context.program, {
    decidedAmount: context.decidedAmount ?? 0,
    eligibleActualExpenses: context.eligibleActual ?? 0,
    ...grantContextOf(context),
  });
}

export function eligibleActualOf(context: CaseContext, event: CaseEventOf<'SUBMIT_REPORT'>): Yen {
  return eligibleTotal(context.program, event.actualExpenses);
}

export function confirmationProblems(context: CaseContext, event: CaseEventOf<'CONFIRM_AMOUNT'>): Problem[] {
  const problems = noticeProblems(event.noticeNumber);
  if (event.amount !== null) {
    problems.push(...yenProblems('amount', event.amount, { positive: false }));
    const computed = computedConfirmedAmount(context);
    if (problems.length === 0 && event.amount > computed) {
      problems.push(
        problem(
          'amount',
          `${fieldName('amount')}${yenJa(event.amount)}は、規則で確定できる額${yenJa(computed)}を超えています。`,
          `amount ${yenEn(event.amount)} is above what the rules confirm, ${yenEn(computed)}`,
        ),
      );
    }
  }
  problems.push(...afterTodayProblems('refundDueOn', event.refundDueOn, event.on));
  if (problems.length === 0 && amountToConfirm(context, event) < totalOf(context.payments) && !event.refundOrderNumber?.trim()) {
    problems.push(refundOrderRequired('確定額が支払済みの額を下回るため、返還命令を出します。', 'the confirmed amount is below what was paid, so a refund order (返還命令) is issued'));
  }
  return problems;
}

/** A refund order (返還命令) is issued with the act, so its number must come with it. */
export function refundOrderRequired(whyJa: string, whyEn: string): Problem {
  return problem('refundOrderNumber', `${whyJa}${fieldName('refundOrderNumber')}を入力してください。`, `refundOrderNumber is required: ${whyEn}`);
}

/** The amount the case confirms: the approver's, or the computed one. */
export function amountToConfirm(context: CaseContext, event: CaseEventOf<'CONFIRM_AMOUNT'>): Yen {
  return event.amount ?? computedConfirmedAmount(context);
}

export function finalPaymentProblems(context: CaseContext, event: CaseEventOf<'RECORD_PAYMENT'>): Problem[] {
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (event.kind !== 'finalPayment') {
    problems.push(
      problem('kind', '額の確定の後の支払は精算払です。支払の種類（kind）を精算払にしてください。', `after 額の確定 a payment is a finalPayment (精算払), not ${event.kind}`),
    );
  }
  const due = paymentOwed(context);
  if (problems.length === 0 && event.amount > due) {
    problems.push(
      problem(
        'amount',
        `${fieldName('amount')}${yenJa(event.amount)}は、残りの支払額${yenJa(due)}を超えています。`,
        `amount ${yenEn(event.amount)} is above what remains to pay, ${yenEn(due)}`,
      ),
    );
  }
  return problems;
}

/** What is owed on a refund claim on a date, part by part: what a person reads before paying it back. */
export interface RefundOwed {
  /** The principal claimed (返還額), and what of it is still unpaid. */
  principal: Yen;
  principalLeft: Yen;
  /** 加算金 (after a revocation) and 延滞金 (after the due date), counted to the date. */
  addition: Yen;
  delinquency: Yen;
  /** Paid back beyond the principal, which went to the charges. */
  chargesPaid: Yen;
  /** principalLeft + addition + delinquency − chargesPaid. */
  total: Yen;
}

/**
 * What is still owed on a refund claim on a date: the principal, 加算金 (after a revocation,
 * on each payment from the day it was received) and 延滞金 (on the principal left unpaid after
 * the due date). Repayments go to the principal first, oldest payment first, so the charges
 * run on what is left of it, period by period, up to each repayment.
 */
export function refundOwed(context: CaseContext, on: IsoDate): RefundOwed {
  const claim = context.refundClaim;
  if (!claim) return { principal: 0, principalLeft: 0, addition: 0, delinquency: 0, chargesPaid: 0, total: 0 };
  const { additionPerYear, delinquencyPerYear } = context.program.refundInterest;
  const tranches = claim.withAddition
    ? [...context.payments].sort(byDate).map((payment) => ({ left: payment.amount, since: payment.on, accruedUntil: null as IsoDate | null }))
    : [{ left: claim.principal, since: null, accruedUntil: null }];
  let addition = 0;
  let delinquency = 0;
  let chargesPaid = 0;
  let delinquencyUntil = claim.dueOn;

  const accrueUntil = (date: IsoDate) => {
    for (const tranche of tranches) {
      if (tranche.since === null || tranche.left === 0) continue;
      addition +=
        tranche.accruedUntil === null
          ? additionCharge(tranche.left, additionPerYear, tranche.since, date) // both ends counted
          : delinquencyCharge(tranche.left, additionPerYear, tranche.accruedUntil, date); // days after the last count
      tranche.accruedUntil = date;
    }
    if (date > delinquencyUntil) {
      delinquency += delinquencyCharge(principalLeft(), delinquencyPerYear, delinquencyUntil, date);
      delinquencyUntil = date;
    }
  };
  const principalLeft = () => tranches.reduce((sum, tranche) => sum + tranche.left, 0);

  for (const refund of [...context.refunds].sort(byDate)) {
    accrueUntil(refund.on);
    let amount = refund.amount;
    for (const tranche of tranches) {
      const toPrincipal = Math.min(amount, tranche.left);
      tranche.left -= toPrincipal;
      amount -= toPrincipal;
    }
    chargesPaid += amount;
  }
  accrueUntil(on);
  const left = principalLeft();
  return {
    principal: claim.principal,
    principalLeft: left,
    addition,
    delinquency,
    chargesPaid,
    total: left + Math.max(addition + delinquency - chargesPaid, 0),
  };
}

/** What is still owed on a refund claim on a date, all parts together. */
export const refundOutstanding = (context: CaseContext, on: IsoDate): Yen => refundOwed(context, on).total;

const byDate = (a: { on: IsoDate }, b: { on: IsoDate }) => a.on.localeCompare(b.on);

export function refundProblems(context: CaseContext, event: CaseEventOf<'RECORD_REFUND'>): Problem[] {
  const problems = yenProblems('amount', event.amount, { positive: true });
  problems.push(...moneyDateProblems(context, 'refundedOn', event.refundedOn, event.on), ...refundOrderProblems(context, event.refundedOn));
  if (problems.length > 0) return problems;
  const outstanding = refundOutstanding(context, event.refundedOn);
  if (event.amount > outstanding) {
    problems.push(
      problem(
        'amount',
        `${fieldName('amount')}${yenJa(event.amount)}は、収納日までの返還額${yenJa(outstanding)}を超えています。`,
        `amount ${yenEn(event.amount)} is above what is owed on ${event.refundedOn}, ${yenEn(outstanding)}`,
      ),
    );
  }
  return problems;
}

export const settlesRefund = (context: CaseContext, event: CaseEventOf<'RECORD_REFUND'>): boolean =>
  event.amount === refundOutstanding(context, event.refundedOn);

/**
 * Refunds are recorded in the order the money came back, after the money they return was paid:
 * what is owed on a day counts every refund before it, so one dated before the last one recorded,
 * or before a payment, would be checked against the wrong amount.
 */
function refundOrderProblems(context: CaseContext, refundedOn: IsoDate): Problem[] {
  const latest = (movements: readonly { on: IsoDate }[]) => movements.reduce<IsoDate | null>((last, { on }) => (last === null || on > last ? on : last), null);
  const lastPayment = latest(context.payments);
  const lastRefund = latest(context.refunds);
  if (lastPayment !== null && refundedOn < lastPayment) {
    return [
      problem(
        'refundedOn',
        `${fieldName('refundedOn')}は、最後に補助金を支払った日（${formatEraDate(lastPayment)}）より前にはできません。`,
        `refundedOn ${refundedOn} is before the last payment (${lastPayment})`,
      ),
    ];
  }
  if (lastRefund !== null && refundedOn < lastRefund) {
    return [
      problem(
        'refundedOn',
        `${fieldName('refundedOn')}は、記録済みの返還（${formatEraDate(lastRefund)}）より前にはできません。収納した順に記録してください。`,
        `refundedOn ${refundedOn} is before the last refund recorded (${lastRefund}): record refunds in the order they came`,
      ),
    ];
  }
  return [];
}

/**
 * The day money moved is a fact finance records: not after today, and not before the decision
 * it was paid under (交付決定日).
 */
export function moneyDateProblems(context: CaseContext, field: 'paidOn' | 'refundedOn', date: IsoDate, today: IsoDate): Problem[] {
  if (date > today) {
    return [problem(field, `${fieldName(field)}に今日（${formatEraDate(today)}）より後の日付は入力できません。`, `${field} ${date} is after today (${today})`)];
  }
  if (context.decidedOn !== null && date < context.decidedOn) {
    return [
      problem(
        field,
        `${fieldName(field)}は交付決定日（${formatEraDate(context.decidedOn)}）より前にはできません。`,
        `${field} ${date} is before the grant decision (${context.decidedOn})`,
      ),
    ];
  }
  return [];
}
