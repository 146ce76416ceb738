export type {
  AllocationFormula,
  ApprovalStep,
  Caps,
  DocumentKind,
  DocumentPhase,
  Fraction,
  OrganizationType,
  Program,
  Rounding,
  Yen,
} from './program.js';
export {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_PHASE_LABELS,
  MUNICIPALITY_LABELS,
  ORGANIZATION_TYPE_LABELS,
  ROUNDING_LABELS,
} from './program-labels.js';
export { ProgramsErrorCode, ProgramsException } from './programs.exception.js';

export { advancePaymentLimit } from './money/advance-payment-limit.js';
export { allocationCap } from './money/allocation-cap.js';
export { applyRate } from './money/apply-rate.js';
export { assertFraction } from './money/assert-fraction.js';
export { assertYen } from './money/assert-yen.js';
export { confirmedAmount, type ConfirmedAmountInput } from './money/confirmed-amount.js';
export { decidedAmount, type DecidedAmountInput } from './money/decided-amount.js';
export { eligibleTotal, type ExpenseLine } from './money/eligible-total.js';
export type { ExactYen } from './money/exact-yen.js';
export type { GrantContext } from './money/grant-context.js';
export { additionCharge, delinquencyCharge } from './money/refund-interest.js';
export { remainingMultiYearCap, type RemainingMultiYearCap } from './money/remaining-multi-year-cap.js';
export { floorTo1000, floorToYen, roundDown } from './money/round-down.js';
export { settlement, type Settlement, type SettlementInput } from './money/settlement.js';

export { loadProgram } from './validation/load-program.js';
export type { ProgramValidation } from './validation/program-validation.js';
export { validateProgram } from './validation/validate-program.js';

export { ICHINOSEKI_PROGRAMS } from './seed/ichinoseki.programs.js';
export { MORIOKA_PROGRAMS } from './seed/morioka.programs.js';
export { seedProgram } from './seed/seed-program.js';
export { SEED_PROGRAMS } from './seed/seed-programs.js';
export { YUZAWA_PROGRAMS } from './seed/yuzawa.programs.js';
export { type ProgramTerms, programTerms, type ProgramWindowStatus, rateJa, windowStatusOn } from './catalogue/program-terms.js';
