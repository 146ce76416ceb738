import type { Fraction, Program } from '../../../../../libs/programs/src/program.js';
import { DEADLINE_FIELDS, deadlineRuleOf, draftOfDeadlineRule } from './deadline-rule-draft.js';
import type { FractionDraft, ProgramRulesDraft } from './program-rules-draft.js';
import { wholeNumberOrText, wholeNumbersOrTexts, yenOrNone, yenOrText } from './typed-figures.js';

const typedFraction = ({ numerator, denominator }: Fraction): FractionDraft => ({ numerator: String(numerator), denominator: String(denominator) });
const fractionOf = ({ numerator, denominator }: FractionDraft) => ({ numerator: wholeNumberOrText(numerator), denominator: wholeNumberOrText(denominator) });
const typedYen = (amount: number | null): string => (amount === null ? '' : String(amount));
const EMPTY_FRACTION: FractionDraft = { numerator: '', denominator: '' };

/** The form's fields filled from a version of the program. */
export function draftOfProgram(program: Program): ProgramRulesDraft {
  return {
    nameJa: program.nameJa,
    eligibleOrganizationTypes: [...program.eligibleOrganizationTypes],
    windowOpens: program.applicationWindow?.opens ?? '',
    windowCloses: program.applicationWindow?.closes ?? '',
    projectFiscalYear: program.projectFiscalYear,
    priorConsultationRequired: program.priorConsultationRequired,
    rate: typedFraction(program.rate),
    rounding: program.rounding,
    perFiscalYearCap: typedYen(program.caps.perFiscalYear),
    totalCapAmount: typedYen(program.caps.total?.amount ?? null),
    totalCapFiscalYears: program.caps.total === null ? '' : String(program.caps.total.fiscalYears),
    categories: program.eligibleExpenseCategories.join('\n'),
    advanceAllowed: program.advancePayment.allowed,
    advanceMaxFraction: program.advancePayment.allowed ? typedFraction(program.advancePayment.maxFraction) : EMPTY_FRACTION,
    minorChangeThreshold: typedFraction(program.minorChangeThreshold),
    settledEachFiscalYear: program.settledEachFiscalYear,
    withdrawalPeriodDays: String(program.withdrawalPeriodDays),
    standardProcessingDays: String(program.standardProcessingDays),
    deadlines: Object.fromEntries(DEADLINE_FIELDS.map((field) => [field, draftOfDeadlineRule(program[field])])) as ProgramRulesDraft['deadlines'],
    // The last step's upTo is null in every valid route: its box is not shown.
    approvalRoute: program.approvalRoute.map((step) => ({ upTo: typedYen(step.upTo), approverTitle: step.approverTitle })),
    additionPerYear: typedFraction(program.refundInterest.additionPerYear),
    delinquencyPerYear: typedFraction(program.refundInterest.delinquencyPerYear),
    requiredDocuments: { application: [...program.requiredDocuments.application], change: [...program.requiredDocuments.change], report: [...program.requiredDocuments.report] },
    reminderDaysBefore: program.reminders.daysBefore.join(', '),
    escalateAfterDays: String(program.reminders.escalateAfterDays),
  };
}

/**
 * The next version's definition: the latest one with the form's rules in place. Nothing is
 * checked here: the API checks the whole program at once and names each problem by its path
 * (`rate.denominator`, `approvalRoute[1].upTo`), which the form shows under the field.
 */
export function nextVersionOf(latest: Program, latestVersion: number, draft: ProgramRulesDraft): Record<string, unknown> {
  const window = draft.windowOpens === '' && draft.windowCloses === '' ? null : { opens: draft.windowOpens, closes: draft.windowCloses };
  const noTotal = draft.totalCapAmount.trim() === '' && draft.totalCapFiscalYears.trim() === '';
  const lastStep = draft.approvalRoute.length - 1;
  return {
    ...latest,
    version: latestVersion + 1,
    nameJa: draft.nameJa.trim(),
    eligibleOrganizationTypes: draft.eligibleOrganizationTypes,
    applicationWindow: window,
    projectFiscalYear: draft.projectFiscalYear,
    priorConsultationRequired: draft.priorConsultationRequired,
    rate: fractionOf(draft.rate),
    rounding: draft.rounding,
    caps: {
      perFiscalYear: yenOrNone(draft.perFiscalYearCap),
      total: noTotal ? null : { amount: yenOrText(draft.totalCapAmount), fiscalYears: wholeNumberOrText(draft.totalCapFiscalYears) },
    },
    eligibleExpenseCategories: draft.categories
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    advancePayment: draft.advanceAllowed ? { allowed: true, maxFraction: fractionOf(draft.advanceMaxFraction) } : { allowed: false },
    minorChangeThreshold: fractionOf(draft.minorChangeThreshold),
    settledEachFiscalYear: draft.settledEachFiscalYear,
    withdrawalPeriodDays: wholeNumberOrText(draft.withdrawalPeriodDays),
    standardProcessingDays: wholeNumberOrText(draft.standardProcessingDays),
    ...Object.fromEntries(DEADLINE_FIELDS.map((field) => [field, deadlineRuleOf(draft.deadlines[field])])),
    approvalRoute: draft.approvalRoute.map((step, index) => ({ upTo: index === lastStep ? null : yenOrNone(step.upTo), approverTitle: step.approverTitle.trim() })),
    refundInterest: { additionPerYear: fractionOf(draft.additionPerYear), delinquencyPerYear: fractionOf(draft.delinquencyPerYear) },
    requiredDocuments: draft.requiredDocuments,
    reminders: { daysBefore: wholeNumbersOrTexts(draft.reminderDaysBefore), escalateAfterDays: wholeNumberOrText(draft.escalateAfterDays) },
  };
}
