import type { IsoDate } from '#libs/calendar';
import type { DocumentKind, ExpenseLine, Yen } from '#libs/programs';
import type { CaseRole } from './case-role.js';

export type { ExpenseLine };

/** The user sending an event, as the server resolved them; never taken from the request body. */
export interface Actor {
  userId: string;
  role: CaseRole;
  /** Organizations the user is a member of (for applicants and the conflict-of-interest rule). */
  organizationIds: string[];
}

/** Every event carries its actor and the Tokyo date it happens on (the clock is injected by the caller). */
interface EventBase {
  actor: Actor;
  on: IsoDate;
}

export interface ReviewScore {
  criterion: string;
  score: number;
}

/** How a payment reached the organization: 前金払 (before the work), 概算払 (an estimate during it), 精算払 (after 額の確定). */
export type PaymentKind = 'prepayment' | 'estimatedPayment' | 'finalPayment';

/** 申請 and 再提出 carry the whole filing. */
interface Filing {
  requestedAmount: Yen;
  plannedExpenses: ExpenseLine[];
  /** Kinds of document the case holds as attachments when it is filed: read by the server, never sent. */
  documents: DocumentKind[];
  /** What is left of the organization's multi-year cap, from its earlier grants; null when the program has none. */
  remainingTotalCap: Yen | null;
}

/** 変更承認申請 and 軽微な変更 carry the plan as it would become. */
interface PlanChange {
  description: string;
  plannedExpenses: ExpenseLine[];
  requestedAmount: Yen;
  /** Kinds of document the case holds as attachments (変更承認申請書 …); a minor change needs none. */
  documents: DocumentKind[];
}

/** Every event of the lifecycle; `type` names are the API's event names. */
export type CaseEvent =
  // 相談
  | (EventBase & { type: 'OPEN_CONSULTATION' })
  | (EventBase & { type: 'ADD_NOTE'; note: string })
  | (EventBase & { type: 'CONCLUDE_CONSULTATION'; summary: string })
  | (EventBase & { type: 'CLOSE_WITHOUT_APPLICATION'; reason: string })
  // 申請
  | (EventBase & { type: 'START_APPLICATION' })
  | (EventBase & Filing & { type: 'SUBMIT' })
  | (EventBase & Filing & { type: 'RESUBMIT' })
  | (EventBase & { type: 'ACCEPT' })
  | (EventBase & { type: 'RETURN_FOR_CORRECTION'; reason: string; dueOn: IsoDate | null })
  | (EventBase & { type: 'WITHDRAW'; reason: string })
  // 審査
  | (EventBase & { type: 'ASSIGN_REVIEWER'; reviewerId: string; reviewerOrganizationIds: string[] })
  /** 利益相反なし: the assigned reviewer says they have no conflict of interest, before the application is shown to them. */
  | (EventBase & { type: 'AFFIRM_NO_CONFLICT' })
  | (EventBase & { type: 'SUBMIT_REVIEW'; scores: ReviewScore[]; comment: string })
  | (EventBase & { type: 'DECLARE_CONFLICT'; reason: string })
  | (EventBase & { type: 'DECIDE_GRANT'; amount: Yen; conditions: string[]; noticeNumber: string })
  | (EventBase & { type: 'DECIDE_REJECT'; reasons: string[]; noticeNumber: string })
  // 交付
  | (EventBase & { type: 'START_PROJECT' })
  | (EventBase & { type: 'REQUEST_ADVANCE'; amount: Yen })
  | (EventBase & {
      type: 'RECORD_PAYMENT';
      amount: Yen;
      /** The day the money left the city's account (支払日), as finance records it: the day interest on a refund counts from. */
      paidOn: IsoDate;
      kind: PaymentKind;
    })
  | (EventBase & PlanChange & { type: 'REQUEST_CHANGE' })
  | (EventBase & PlanChange & { type: 'NOTIFY_MINOR_CHANGE' })
  | (EventBase & { type: 'APPROVE_CHANGE'; amount: Yen; noticeNumber: string })
  | (EventBase & { type: 'REJECT_CHANGE'; reason: string })
  | (EventBase & { type: 'REQUEST_DISCONTINUE'; reason: string })
  | (EventBase & { type: 'APPROVE_DISCONTINUE'; noticeNumber: string })
  | (EventBase & { type: 'REJECT_DISCONTINUE'; reason: string })
  | (EventBase & {
      type: 'REVOKE';
      reason: string;
      noticeNumber: string;
      /** Due date of the refund of what was paid, from the program's rule and the tenant's calendar. */
      refundDueOn: IsoDate;
      /** Number of the 返還命令, required when money was paid. */
      refundOrderNumber: string | null;
    })
  | (EventBase & { type: 'COMPLETE_PROJECT'; completedOn: IsoDate })
  // 精算
  | (EventBase & { type: 'SUBMIT_REPORT'; actualExpenses: ExpenseLine[]; documents: DocumentKind[]; outcomes: string })
  | (EventBase & { type: 'RETURN_REPORT'; reason: string; dueOn: IsoDate | null })
  | (EventBase & {
      type: 'CONFIRM_AMOUNT';
      noticeNumber: string;
      /** Lower than the computed amount only when the approver finds reason to; never higher. */
      amount: Yen | null;
      /** Due date of a refund, should the confirmed amount fall below what was paid. */
      refundDueOn: IsoDate;
      /** Number of the 返還命令, required when the confirmed amount falls below what was paid. */
      refundOrderNumber: string | null;
    })
  | (EventBase & {
      type: 'RECORD_REFUND';
      amount: Yen;
      /** The day the refund reached the city (収納日): 加算金 and 延滞金 run until it. */
      refundedOn: IsoDate;
    });

export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * What the server adds to an event, never taken from a client: who sends it and the date, the
 * documents the case holds, and figures it derives (the remaining multi-year cap, a reviewer's
 * organizations, a refund's due date).
 */
export type ServerDerivedEventField = 'actor' | 'on' | 'documents' | 'remainingTotalCap' | 'reviewerOrganizationIds' | 'refundDueOn';

/** An event as a client sends it. */
export type CaseEventBody = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, ServerDerivedEventField> : never) : never;
export type CaseEventBodyOf<T extends CaseEventType> = Extract<CaseEventBody, { type: T }>;
