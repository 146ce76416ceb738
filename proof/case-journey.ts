import { tokyoDateOf } from '#libs/calendar';
import { PROOF_PROGRAM } from './proof-seed.js';

/** Who sends a step: the organization's applicant, or a staff member of its municipality. */
export type Sender = 'applicant' | 'officer' | 'reviewer' | 'approver' | 'finance';

/** The paths a clerk meets most, in the proportions the load picks them. */
export const JOURNEYS = ['payment', 'advanceThenPayment', 'advanceThenRefund', 'returnedOnce', 'withdrawn', 'rejected'] as const;
export type Journey = (typeof JOURNEYS)[number];

export interface Step {
  sender: Sender;
  body: Record<string, unknown>;
  /** Kinds of paper the applicant attaches before the step is sent: a filing is checked against the papers the case holds. */
  papers?: readonly string[];
}

/** The part of a case view (GET /cases/{id}, or an event's answer) the next step depends on. */
export interface CaseSeen {
  state: { code: string };
  amounts: { confirmed: number | null; paid: number; refunded: number };
}

const PLANNED = 90_000;
const REQUESTED = 60_000; // 2/3 of 90,000
const ADVANCE = 30_000; // half of the decision, the program's 前金払 ceiling
const category = PROOF_PROGRAM.eligibleExpenseCategories[0] as string;

/**
 * Where one case goes next on its journey, given what its last answer showed; null once the
 * case is closed (or ended otherwise). Amounts follow the 2/3 rate of 協働支援: a report of
 * 120,000 confirms the full 60,000; one of 30,000 confirms 20,000, below a 30,000 advance.
 */
export class CaseJourney {
  private returned = false;
  private reviewerAssigned = false;
  private reviewerDeclared = false;
  private advanceRequested = false;
  private advancePaid = false;

  constructor(
    readonly kind: Journey,
    private readonly reviewerId: string,
    private readonly numbering: () => string,
  ) {}

  /** The step after `seen`; asking twice gives the same step until `accepted` records it. */
  next(seen: CaseSeen): Step | null {
    const advance = this.kind === 'advanceThenPayment' || this.kind === 'advanceThenRefund';
    switch (seen.state.code) {
      case 'application.draft':
        return { sender: 'applicant', body: { type: 'SUBMIT', ...filing() }, papers: PROOF_PROGRAM.requiredDocuments.application };
      case 'application.submitted':
        if (this.kind === 'withdrawn') return { sender: 'applicant', body: { type: 'WITHDRAW', reason: '総会で見送り' } };
        if (this.kind === 'returnedOnce' && !this.returned) {
          return { sender: 'officer', body: { type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が不一致' } };
        }
        return { sender: 'officer', body: { type: 'ACCEPT' } };
      case 'application.returned':
        return { sender: 'applicant', body: { type: 'RESUBMIT', ...filing() } };
      case 'review.inReview':
        if (!this.reviewerAssigned) {
          return { sender: 'officer', body: { type: 'ASSIGN_REVIEWER', reviewerId: this.reviewerId } };
        }
        if (!this.reviewerDeclared) return { sender: 'reviewer', body: { type: 'AFFIRM_NO_CONFLICT' } };
        return { sender: 'reviewer', body: { type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '' } };
      case 'review.awaitingDecision':
        return this.kind === 'rejected'
          ? { sender: 'approver', body: { type: 'DECIDE_REJECT', reasons: ['事業効果が不明確'], noticeNumber: this.numbering() } }
          : { sender: 'approver', body: { type: 'DECIDE_GRANT', amount: REQUESTED, conditions: [], noticeNumber: this.numbering() } };
      case 'grant.decided':
        return { sender: 'applicant', body: { type: 'START_PROJECT' } };
      case 'grant.inProgress':
        if (advance && !this.advanceRequested) {
          return { sender: 'applicant', body: { type: 'REQUEST_ADVANCE', amount: ADVANCE } };
        }
        if (advance && !this.advancePaid) {
          return { sender: 'finance', body: { type: 'RECORD_PAYMENT', amount: ADVANCE, paidOn: today(), kind: 'prepayment' } };
        }
        return { sender: 'applicant', body: { type: 'COMPLETE_PROJECT', completedOn: today() } };
      case 'settlement.reportDue':
        return { sender: 'applicant', body: report(this.kind === 'advanceThenRefund' ? 30_000 : 120_000), papers: PROOF_PROGRAM.requiredDocuments.report };
      case 'settlement.reportSubmitted':
        return this.kind === 'advanceThenRefund'
          ? { sender: 'approver', body: { type: 'CONFIRM_AMOUNT', noticeNumber: this.numbering(), refundOrderNumber: this.numbering() } }
          : { sender: 'approver', body: { type: 'CONFIRM_AMOUNT', noticeNumber: this.numbering() } };
      case 'settlement.paymentDue':
        return { sender: 'finance', body: { type: 'RECORD_PAYMENT', amount: (seen.amounts.confirmed ?? 0) - seen.amounts.paid, paidOn: today(), kind: 'finalPayment' } };
      case 'settlement.refundDue':
        return {
          sender: 'finance',
          body: { type: 'RECORD_REFUND', amount: seen.amounts.paid - seen.amounts.refunded - (seen.amounts.confirmed ?? 0), refundedOn: today() },
        };
      default:
        return null;
    }
  }

  /** Records a step the API accepted: the journey moves past it. */
  accepted(step: Step): void {
    switch (step.body.type) {
      case 'RETURN_FOR_CORRECTION':
        this.returned = true;
        break;
      case 'ASSIGN_REVIEWER':
        this.reviewerAssigned = true;
        break;
      case 'AFFIRM_NO_CONFLICT':
        this.reviewerDeclared = true;
        break;
      case 'REQUEST_ADVANCE':
        this.advanceRequested = true;
        break;
      case 'RECORD_PAYMENT':
        this.advancePaid = true;
        break;
    }
  }
}

function filing() {
  return { requestedAmount: REQUESTED, plannedExpenses: [{ category, amount: PLANNED }] };
}

function report(actual: number) {
  return { type: 'SUBMIT_REPORT', actualExpenses: [{ category, amount: actual }], outcomes: '活動報告' };
}

/** The day the money moves or the project ends: today in Tokyo, as finance and the applicant record it. */
const today = () => tokyoDateOf(new Date());
