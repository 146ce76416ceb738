import type { IsoDate } from '#libs/calendar';
import type { DocumentKind, DocumentPhase, Program, Yen } from '#libs/programs';
import type { ExpenseLine } from './case-event.js';

export interface AssignedReviewer {
  reviewerId: string;
  organizationIds: string[];
  /**
   * They declared they have no conflict of interest (利益相反なし): until they do, or declare one
   * (which ends the assignment), the application is not shown to them and they may not review it.
   */
  affirmedNoConflict: boolean;
  reviewed: boolean;
}

export interface MoneyMovement {
  amount: Yen;
  on: IsoDate;
}

/** A refund claim (返還): after 額の確定 below what was paid, or after a revocation. */
export interface RefundClaim {
  principal: Yen;
  dueOn: IsoDate;
  /** After 交付決定の取消 the money carries 加算金 from the day each payment was received. */
  withAddition: boolean;
}

/**
 * Everything the guards read. JSON-safe, so it persists with the snapshot;
 * `program` is the version the case was filed under and is left out of what is stored.
 */
export interface CaseContext {
  program: Program;
  organizationId: string;
  /** The applicant area's population, for programs with a 均等割 + 地域割 formula. */
  population: number | null;
  consultationConcluded: boolean;
  requestedAmount: Yen | null;
  plannedExpenses: ExpenseLine[];
  remainingTotalCap: Yen | null;
  documents: Record<DocumentPhase, DocumentKind[]>;
  reviewers: AssignedReviewer[];
  /** Reviewers who declared a conflict of interest (利益相反) on this case: never assigned to it again. */
  recusedReviewerIds: string[];
  decidedAmount: Yen | null;
  decidedOn: IsoDate | null;
  conditions: string[];
  pendingChange: { requestedAmount: Yen; plannedExpenses: ExpenseLine[] } | null;
  advanceRequested: Yen;
  payments: MoneyMovement[];
  eligibleActual: Yen | null;
  confirmedAmount: Yen | null;
  refundClaim: RefundClaim | null;
  refunds: MoneyMovement[];
}

/** What a new case starts from. */
export interface CaseInput {
  program: Program;
  organizationId: string;
  population: number | null;
}

export function initialCaseContext({ program, organizationId, population }: CaseInput): CaseContext {
  return {
    program,
    organizationId,
    population,
    consultationConcluded: false,
    requestedAmount: null,
    plannedExpenses: [],
    remainingTotalCap: null,
    documents: { application: [], change: [], report: [] },
    reviewers: [],
    recusedReviewerIds: [],
    decidedAmount: null,
    decidedOn: null,
    conditions: [],
    pendingChange: null,
    advanceRequested: 0,
    payments: [],
    eligibleActual: null,
    confirmedAmount: null,
    refundClaim: null,
    refunds: [],
  };
}

export const totalOf = (movements: readonly MoneyMovement[]): Yen =>
  movements.reduce((sum, movement) => sum + movement.amount, 0);
