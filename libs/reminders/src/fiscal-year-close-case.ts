import type { CaseStateCode } from '#libs/lifecycle';

/** A case of the fiscal year as the close report lists it; amounts are whole yen. */
export interface FiscalYearCloseCase {
  caseId: string;
  /** Null before 受理: the case has no number yet. */
  caseNumber: string | null;
  organizationName: string;
  programCode: string;
  programName: string;
  state: CaseStateCode;
  /** 交付決定額 (as changed); null before the decision. */
  decidedAmount: number | null;
  /** 確定額 (額の確定); null before it. */
  confirmedAmount: number | null;
  /** 前金払 and 精算払 together. */
  paidAmount: number;
  /** 返還 received. */
  refundedAmount: number;
}
