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
