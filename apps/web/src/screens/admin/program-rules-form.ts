import type { Program } from '../../../../../libs/programs/src/program.js';

/** The figures of a program an administrator changes most, as typed in the form (text, as people type numbers). */
export interface ProgramRulesDraft {
  nameJa: string;
  rateNumerator: string;
  rateDenominator: string;
  perFiscalYearCap: string;
  windowOpens: string;
  windowCloses: string;
  categories: string;
  standardProcessingDays: string;
  priorConsultationRequired: boolean;
}

export const draftOfProgram = (program: Program): ProgramRulesDraft => ({
  nameJa: program.nameJa,
  rateNumerator: String(program.rate.numerator),
  rateDenominator: String(program.rate.denominator),
  perFiscalYearCap: program.caps.perFiscalYear === null ? '' : String(program.caps.perFiscalYear),
  windowOpens: program.applicationWindow?.opens ?? '',
  windowCloses: program.applicationWindow?.closes ?? '',
  categories: program.eligibleExpenseCategories.join('\n'),
  standardProcessingDays: String(program.standardProcessingDays),
  priorConsultationRequired: program.priorConsultationRequired,
});

/** A number as typed; what is not a whole number goes to the API as it is, which names the field that is wrong. */
const numberOrText = (typed: string): number | string => (/^\d+$/.test(typed.trim()) ? Number(typed.trim()) : typed.trim());

/**
 * The next version's definition: the latest one with the form's figures in place. Nothing is
 * checked here: the API checks the whole program at once and names each problem by its path
 * (`rate.denominator`, `applicationWindow.closes`), which the form shows under the field.
 */
export function nextVersionOf(latest: Program, latestVersion: number, draft: ProgramRulesDraft): Record<string, unknown> {
  const window = draft.windowOpens === '' && draft.windowCloses === '' ? null : { opens: draft.windowOpens, closes: draft.windowCloses };
  return {
    ...latest,
    version: latestVersion + 1,
    nameJa: draft.nameJa.trim(),
    rate: { numerator: numberOrText(draft.rateNumerator), denominator: numberOrText(draft.rateDenominator) },
    caps: { ...latest.caps, perFiscalYear: draft.perFiscalYearCap.trim() === '' ? null : numberOrText(draft.perFiscalYearCap) },
    applicationWindow: window,
    eligibleExpenseCategories: draft.categories
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    standardProcessingDays: numberOrText(draft.standardProcessingDays),
    priorConsultationRequired: draft.priorConsultationRequired,
  };
}
