import { daysBetween, fiscalYearLabel, formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import type { Problem } from '#libs/errors';
import {
  CASE_EVENT_LABELS,
  CASE_ROLE_LABELS,
  CASE_STATE_LABELS,
  caseActions,
  type CaseEventType,
  type CaseRole,
  type CaseSnapshot,
  type CaseStateCode,
  refundOwed,
  type RefundOwed,
  restoreSnapshot,
  type StoredCaseSnapshot,
} from '#libs/lifecycle';
import { advancePaymentLimit, type ExpenseLine, type Program, type Yen } from '#libs/programs';
import { applicationWithheldFrom } from './application-withheld.policy.js';
import type { CaseRecord } from './case.repository.js';
import type { CaseFacts } from './case-facts.repository.js';
import type { CaseUser } from './case-user.js';
import { refundComputation } from './refund-computation.js';

/** A text in both languages, as the case view carries its labels. */
export interface BilingualText {
  ja: string;
  en: string;
}

/** A rule that blocks an action, naming the field it is about (null: the case as a whole). */
export interface ActionProblemView extends BilingualText {
  field: string | null;
}

export interface ActionView {
  type: CaseEventType;
  label: BilingualText;
  /** Empty when the action can be taken; otherwise what stops it whatever is filled in (papers missing, the window closed). */
  blockers: ActionProblemView[];
}

export interface BlockedActionView {
  type: CaseEventType;
  label: BilingualText;
  reasons: ActionProblemView[];
}

export interface AwaitedRoleView {
  role: CaseRole;
  label: BilingualText;
  events: Array<{ type: CaseEventType; label: BilingualText }>;
}

export interface DeadlineView {
  kind: string;
  subject: string | null;
  dueOn: string;
  /** 令和7年5月7日 */
  dueOnJa: string;
  /** Calendar days from today (Tokyo) to the due date: negative once it has passed. */
  daysLeft: number;
}

/** A reviewer's part in the case, as they read it. */
export interface ReviewAssignmentView {
  /**
   * 'owed': they have yet to declare whether they have a conflict of interest (利益相反), and the
   * application is withheld from them until they do; 'noConflict': they declared they have none.
   */
  conflictDeclaration: 'owed' | 'noConflict';
  reviewed: boolean;
}

/**
 * A case as the API shows it to one user: state in both languages, money, deadlines, what they
 * can do now. To a reviewer the application is withheld from (`applicationWithheldFrom`) only its
 * header: amounts, the correction, a change, an advance and a refund are null, and the deadlines
 * are their own review's.
 */
export interface CaseView {
  id: string;
  caseNumber: string | null;
  version: number;
  program: { code: string; version: number; nameJa: string };
  organization: { id: string; name: string; area: string };
  fiscalYear: number;
  fiscalYearLabel: string;
  state: { code: CaseStateCode; ja: string; en: string };
  amounts: { requested: Yen | null; decided: Yen | null; confirmed: Yen | null; paid: Yen; refunded: Yen };
  deadlines: DeadlineView[];
  /** The events the caller may send now (their types; `actions` says more). */
  availableEvents: CaseEventType[];
  /** 差戻し: why the officer returned the application or the report, and by when it is to be corrected. */
  correction: { kind: 'application' | 'report'; reason: string; returnedOn: IsoDate; dueOn: IsoDate | null; dueOnJa: string | null } | null;
  /** A 変更承認申請 waiting for the approver. */
  pendingChange: { description: string; requestedAmount: Yen; plannedExpenses: ExpenseLine[]; requestedOn: IsoDate } | null;
  /** 前金払・概算払 once decided, where the program allows it: the most that may be asked in advance, what was asked, what is left to ask. */
  advance: { limit: Yen; requested: Yen; left: Yen } | null;
  /** What is owed on a refund claim (返還) as of today, part by part, and how it was computed. */
  refund: (RefundOwed & { asOf: IsoDate; dueOn: IsoDate; dueOnJa: string; computation: BilingualText }) | null;
  actions: { available: ActionView[]; unavailable: BlockedActionView[]; waitingFor: AwaitedRoleView[] };
  /** For a reviewer assigned to the case: their declaration and review; null for everyone else. */
  reviewAssignment: ReviewAssignmentView | null;
  createdAt: string;
  updatedAt: string;
}

/** What a write answers: the case as it now stands, or the stored first answer of a retried request. */
export interface CaseAnswer {
  status: number;
  body: CaseView;
  replayed: boolean;
}

const CORRECTION_DEADLINES = { application: 'correctionDue', report: 'reportCorrectionDue' } as const;
const problemView = ({ field, text }: Problem): ActionProblemView => ({ field, ...text });
const eventView = (type: CaseEventType) => ({ type, label: CASE_EVENT_LABELS[type] });

/** `snapshot`: the row's snapshot already restored, when the caller has it (an event just computed it). */
export function toCaseView(
  record: CaseRecord,
  user: CaseUser,
  facts: CaseFacts,
  now: Date,
  snapshot: CaseSnapshot = restoreSnapshot(record.row.snapshot as StoredCaseSnapshot, record.program),
): CaseView {
  const { row, program, organization, pendingDeadlines } = record;
  const code = row.state as CaseStateCode;
  const on = tokyoDateOf(now);
  const { context } = snapshot;
  const sum = (movements: ReadonlyArray<{ amount: Yen }>) => movements.reduce((total, movement) => total + movement.amount, 0);
  const actor = { userId: user.userId, role: user.role, organizationIds: user.organizationIds };
  const actions = caseActions(snapshot, actor, { on, documentsHeld: facts.documentsHeld });
  const dueOf = (kind: string) => pendingDeadlines.find((deadline) => deadline.kind === kind)?.dueOn ?? null;
  const withheld = applicationWithheldFrom(user, context);
  const assignment = user.role === 'reviewer' ? context.reviewers.find((reviewer) => reviewer.reviewerId === user.userId) : undefined;
  const view: CaseView = {
    id: row.id,
    caseNumber: row.caseNumber,
    version: row.version,
    program: { code: program.code, version: program.version, nameJa: program.nameJa },
    organization: { id: organization.id, name: organization.name, area: organization.area },
    fiscalYear: row.fiscalYear,
    fiscalYearLabel: fiscalYearLabel(row.fiscalYear),
    state: { code, ...CASE_STATE_LABELS[code] },
    amounts: {
      requested: row.requestedAmount,
      decided: row.decidedAmount,
      confirmed: row.confirmedAmount,
      paid: sum(context.payments),
      refunded: sum(context.refunds),
    },
    deadlines: pendingDeadlines.map((deadline) => ({
      kind: deadline.kind,
      subject: deadline.subject || null,
      dueOn: deadline.dueOn,
      dueOnJa: formatEraDate(deadline.dueOn),
      daysLeft: daysBetween(on, deadline.dueOn),
    })),
    availableEvents: actions.available.map((action) => action.type),
    correction: correctionOf(facts, dueOf),
    pendingChange:
      context.pendingChange && facts.lastChangeRequest
        ? {
            description: facts.lastChangeRequest.description,
            requestedAmount: context.pendingChange.requestedAmount,
            plannedExpenses: context.pendingChange.plannedExpenses,
            requestedOn: tokyoDateOf(facts.lastChangeRequest.occurredAt),
          }
        : null,
    advance: advanceOf(program, context.decidedAmount, context.advanceRequested),
    refund: refundOf(snapshot, on),
    actions: {
      available: actions.available.map(({ type, blockers }) => ({ ...eventView(type), blockers: blockers.map(problemView) })),
      unavailable: actions.unavailable.map(({ type, reasons }) => ({ ...eventView(type), reasons: reasons.map(problemView) })),
      waitingFor: actions.waitingFor.map(({ role, events }) => ({ role, label: CASE_ROLE_LABELS[role], events: events.map(eventView) })),
    },
    reviewAssignment: assignment ? { conflictDeclaration: withheld ? 'owed' : 'noConflict', reviewed: assignment.reviewed } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  return withheld ? headerOnly(view, user.userId) : view;
}

/** The case as a reviewer reads it before their declaration: whose, which, where it stands, what they may do, by when they review. */
function headerOnly(view: CaseView, reviewerId: string): CaseView {
  return {
    ...view,
    amounts: { ...view.amounts, requested: null, decided: null, confirmed: null },
    deadlines: view.deadlines.filter((deadline) => deadline.kind === 'reviewDue' && deadline.subject === reviewerId),
    correction: null,
    pendingChange: null,
    advance: null,
    refund: null,
  };
}

/** The last 差戻し, while its correction is still owed (its deadline open). */
function correctionOf(facts: CaseFacts, dueOf: (kind: string) => string | null): CaseView['correction'] {
  const returned = facts.lastReturn;
  if (!returned) return null;
  const kind = returned.eventType === 'RETURN_FOR_CORRECTION' ? 'application' : 'report';
  const dueOn = dueOf(CORRECTION_DEADLINES[kind]);
  if (dueOn === null) return null;
  return { kind, reason: returned.reason, returnedOn: tokyoDateOf(returned.occurredAt), dueOn, dueOnJa: formatEraDate(dueOn) };
}

function advanceOf(program: Program, decided: Yen | null, requested: Yen): CaseView['advance'] {
  if (decided === null || !program.advancePayment.allowed) return null;
  const limit = advancePaymentLimit(program, decided);
  return { limit, requested, left: Math.max(limit - requested, 0) };
}

function refundOf(snapshot: CaseSnapshot, on: IsoDate): CaseView['refund'] {
  const { context } = snapshot;
  const claim = context.refundClaim;
  if (!claim || snapshot.status === 'done') return null;
  const owed = refundOwed(context, on);
  return {
    asOf: on,
    dueOn: claim.dueOn,
    dueOnJa: formatEraDate(claim.dueOn),
    ...owed,
    computation: refundComputation(context, owed, on),
  };
}

