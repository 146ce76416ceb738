import type { DocumentKind, DocumentPhase, OrganizationType, Program, Rounding } from '../../../../../libs/programs/src/program.js';
import type { DeadlineField, DeadlineRuleDraft } from './deadline-rule-draft.js';

/** A fraction as typed in its two boxes. */
export interface FractionDraft {
  numerator: string;
  denominator: string;
}

/** One step of 専決 as typed; the last step's `upTo` is not asked for: it decides every amount above the others. */
export interface ApprovalStepDraft {
  upTo: string;
  approverTitle: string;
}

/**
 * Every rule of a program an administrator changes between fiscal years, as the form holds
 * it: text as typed for figures, choices as the program's own values. What the form does not
 * show (code, municipality, source, 均等割・地域割, example figures) stays as in the latest version.
 */
export interface ProgramRulesDraft {
  nameJa: string;
  eligibleOrganizationTypes: OrganizationType[];
  windowOpens: string;
  windowCloses: string;
  projectFiscalYear: Program['projectFiscalYear'];
  priorConsultationRequired: boolean;
  rate: FractionDraft;
  rounding: Rounding;
  perFiscalYearCap: string;
  totalCapAmount: string;
  totalCapFiscalYears: string;
  categories: string;
  advanceAllowed: boolean;
  advanceMaxFraction: FractionDraft;
  minorChangeThreshold: FractionDraft;
  settledEachFiscalYear: boolean;
  withdrawalPeriodDays: string;
  standardProcessingDays: string;
  deadlines: Record<DeadlineField, DeadlineRuleDraft>;
  approvalRoute: ApprovalStepDraft[];
  additionPerYear: FractionDraft;
  delinquencyPerYear: FractionDraft;
  requiredDocuments: Record<DocumentPhase, DocumentKind[]>;
  reminderDaysBefore: string;
  escalateAfterDays: string;
}
