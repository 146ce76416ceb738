import type { Program } from '../program.js';

/** The figures of municipal subsidy practice (docs/domain.md §10) that no seed document gives. */
export type AdministrativePractice = Pick<
  Program,
  | 'minorChangeThreshold'
  | 'reportDeadline'
  | 'correctionDeadline'
  | 'reviewDeadline'
  | 'standardProcessingDays'
  | 'refundDeadline'
  | 'paymentDeadline'
  | 'withdrawalPeriodDays'
  | 'approvalRoute'
  | 'refundInterest'
  | 'reminders'
>;

/** 年10.95%: the rate of 補助金適正化法 第19条 for both 加算金 and 延滞金, as a fraction. */
const NATIONAL_REFUND_CHARGE_PER_YEAR = { numerator: 1095, denominator: 10_000 };

/**
 * Example values for those figures, the same for every seed program: a municipality
 * configures its own. Every key is therefore listed in each program's `exampleFigures`
 * (`EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES`). A function, so that no two programs share
 * (and could mutate) one object.
 */
export function exampleAdministrativePractice(): AdministrativePractice {
  return {
    // 軽微な変更: under 20% of a cost category needs only a notice.
    minorChangeThreshold: { numerator: 2, denominator: 10 },
    // 実績報告: 30 days after completion or 10 April after the fiscal year, whichever comes first.
    reportDeadline: {
      kind: 'earliestOf',
      rules: [
        { kind: 'daysAfter', days: 30 },
        { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 },
      ],
    },
    // 差戻し: 10 open days to correct; a reviewer has 14 open days.
    correctionDeadline: { kind: 'openDaysAfter', days: 10 },
    reviewDeadline: { kind: 'openDaysAfter', days: 14 },
    // 標準処理期間: 30 days from 受理 to the decision.
    standardProcessingDays: 30,
    // 返還: due 20 days after the refund order.
    refundDeadline: { kind: 'daysAfter', days: 20 },
    // 前金払 and 精算払: finance pays within 30 days of the approved request or of 額の確定.
    paymentDeadline: { kind: 'daysAfter', days: 30 },
    // 取下げ after the decision: 10 days from the decision, as in the national law.
    withdrawalPeriodDays: 10,
    // 専決: the section chief decides up to 300,000 yen, the department head above.
    approvalRoute: [
      { upTo: 300_000, approverTitle: '課長' },
      { upTo: null, approverTitle: '部長' },
    ],
    refundInterest: {
      additionPerYear: { ...NATIONAL_REFUND_CHARGE_PER_YEAR },
      delinquencyPerYear: { ...NATIONAL_REFUND_CHARGE_PER_YEAR },
    },
    reminders: { daysBefore: [7, 3, 0], escalateAfterDays: 3 },
  };
}

/** The `exampleFigures` paths of `exampleAdministrativePractice`. */
export const EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES: readonly string[] = Object.keys(exampleAdministrativePractice());
