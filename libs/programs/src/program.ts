import type { DeadlineRule, IsoDate } from '#libs/calendar';

/** Whole yen. Never a float: every amount in the system is an integer number of yen. */
export type Yen = number;

/** A rate such as 2/3 or 10/10, kept exact. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** 円未満切り捨て, or down to the 1,000 yen (千円未満切り捨て). Never up. */
export type Rounding = 'floorToYen' | 'floorTo1000';

export type OrganizationType =
  | 'communityCollaborationBody' // 地域協働体
  | 'neighborhoodAssociation' // 町内会・自治会
  | 'communityHallAssociation' // 集落公民館・自治公民館
  | 'npo' // NPO法人
  | 'areaAutonomyOrganization' // 地域自治組織 (Yuzawa)
  | 'communityPromotionDistrict' // コミュニティ推進地区組織 (Morioka)
  | 'areaDevelopmentOrganization' // 地域づくり組織 (Morioka)
  | 'citizenGroup'; // 市民活動団体 (proposal-based subsidies)

/** The phases whose filings may require documents. */
export type DocumentPhase = 'application' | 'change' | 'report';

export type DocumentKind =
  | 'applicationForm' // 交付申請書
  | 'projectPlan' // 事業計画書
  | 'budget' // 収支予算書
  | 'bylawsAndRoster' // 団体の規約・名簿
  | 'areaPlan' // 地域づくり計画書
  | 'changeRequestForm' // 変更承認申請書
  | 'performanceReport' // 実績報告書
  | 'settlementStatement' // 収支決算書
  | 'receiptCopies' // 領収書の写し
  | 'activityPhotos'; // 活動写真

/** 均等割 + 地域割: a flat share for every area plus a share chosen by the area's population. */
export interface AllocationFormula {
  flatShare: Yen;
  populationBrackets: Array<{ minPopulation: number; maxPopulation: number | null; amount: Yen }>;
}

export interface Caps {
  /** Cap per organization per fiscal year. */
  perFiscalYear: Yen | null;
  /** Cap per organization in total over at most `fiscalYears` fiscal years (e.g. 50,000 yen over 2 years). */
  total: { amount: Yen; fiscalYears: number } | null;
}

/** 専決: who decides up to which amount; the last step has `upTo: null`. */
export interface ApprovalStep {
  upTo: Yen | null;
  approverTitle: string; // e.g. 課長, 部長
}

/**
 * A grant program as data. A case keeps the version it was filed under.
 * Figures the source documents give are kept exactly; every figure they do not give
 * is an example and is listed by its path in `exampleFigures`.
 */
export interface Program {
  code: string; // short, stable, used in case numbers (e.g. 協働支援)
  version: number;
  municipality: 'ichinoseki' | 'morioka' | 'yuzawa';
  nameJa: string;
  source: string; // which seed document and passage the rules come from
  eligibleOrganizationTypes: OrganizationType[];
  /** Filing window; null when applications are taken all year. */
  applicationWindow: { opens: IsoDate; closes: IsoDate } | null;
  /** 'sameYear': the project runs in the fiscal year of the application; 'nextYear': applied for in one year for the next (宝くじ助成). */
  projectFiscalYear: 'sameYear' | 'nextYear';
  /** 単年度精算: each fiscal year is settled on its own. */
  settledEachFiscalYear: boolean;
  rate: Fraction;
  rounding: Rounding;
  caps: Caps;
  allocationFormula: AllocationFormula | null;
  eligibleExpenseCategories: string[];
  /** 事前協議: a concluded consultation must precede the application. */
  priorConsultationRequired: boolean;
  /** 前金払/概算払: allowed, and at most this fraction of the decided amount. */
  advancePayment: { allowed: false } | { allowed: true; maxFraction: Fraction };
  /** 軽微な変更: a change below this fraction of a cost category needs a notice only. */
  minorChangeThreshold: Fraction;
  reportDeadline: DeadlineRule;
  /** 差戻し: the correction is due by this rule from the day of the return. */
  correctionDeadline: DeadlineRule;
  /** Review due for an assigned reviewer, from assignment. */
  reviewDeadline: DeadlineRule;
  /** 標準処理期間: the office's standard time from 受理 to decision, in days. */
  standardProcessingDays: number;
  /** 返還: refund due by this rule from the date of the refund order. */
  refundDeadline: DeadlineRule;
  /**
   * Payment by finance due by this rule from an approved advance request (前金払/概算払) or
   * from 額の確定 (精算払). Added for the lifecycle's finance reminders (docs/domain.md §6).
   */
  paymentDeadline: DeadlineRule;
  /**
   * 申請の取下げ after 交付決定: days from the decision within which an applicant who does not
   * accept its amount or conditions may withdraw (the national law: 10). Added for the lifecycle (docs/domain.md §10).
   */
  withdrawalPeriodDays: number;
  approvalRoute: ApprovalStep[];
  /** 加算金 (from receipt of the money) and 延滞金 (once the refund is overdue), per year, counted by day. */
  refundInterest: { additionPerYear: Fraction; delinquencyPerYear: Fraction };
  requiredDocuments: Record<DocumentPhase, DocumentKind[]>;
  /** Reminder offsets in days before a deadline (0 = on the day), and days after it to escalate. */
  reminders: { daysBefore: number[]; escalateAfterDays: number };
  /** Paths (e.g. "caps.perFiscalYear") of figures not given by the sources: examples to configure. */
  exampleFigures: string[];
}
