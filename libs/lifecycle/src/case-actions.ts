import type { Problem } from '#libs/errors';
import type { DocumentKind } from '#libs/programs';
import type { IsoDate } from '#libs/calendar';
import type { CaseContext } from './case-context.js';
import type { Actor, CaseEventType } from './case-event.js';
import type { CaseRole } from './case-role.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { eventTypesTakenIn } from './decide-event.js';
import { EVENT_ROLES } from './event-roles.js';
import { missingDocumentProblems, priorConsultationProblems, startApplicationProblems, windowProblems } from './rules/application.rules.js';
import { actorProblems } from './rules/event-problems.js';
import { advanceRequestBlockers, withdrawalBlockers } from './rules/grant.rules.js';

/** An event the actor may send now; `blockers` are the rules that refuse it whatever they fill in (a closed window, papers missing). */
export interface AvailableAction {
  type: CaseEventType;
  blockers: Problem[];
}

/** An event of the actor's role the case takes now, which they cannot send: who they are stops it. */
export interface UnavailableAction {
  type: CaseEventType;
  reasons: Problem[];
}

/** Whose move the case is waiting for, and with which events. */
export interface AwaitedRole {
  role: CaseRole;
  events: CaseEventType[];
}

export interface CaseActions {
  available: AvailableAction[];
  unavailable: UnavailableAction[];
  waitingFor: AwaitedRole[];
}

/** What the server knows beyond the snapshot: the date, and the kinds of paper the case holds. */
export interface ActionFacts {
  on: IsoDate;
  documentsHeld: readonly DocumentKind[];
}

type Blockers = (context: CaseContext, facts: ActionFacts) => Problem[];

/**
 * The rules of an event that do not depend on what the sender fills in: known before the form
 * is opened, so a button can say why it cannot be used. The rest is checked when the event comes.
 */
const BLOCKERS: Partial<Record<CaseEventType, Blockers>> = {
  START_APPLICATION: (context, { on }) => startApplicationProblems(context, on),
  SUBMIT: (context, { on, documentsHeld }) => [
    ...windowProblems(context.program, on),
    ...priorConsultationProblems(context),
    ...missingDocumentProblems(context.program.requiredDocuments.application, documentsHeld, { ja: '申請', en: 'the application' }),
  ],
  RESUBMIT: (context, { documentsHeld }) =>
    missingDocumentProblems(context.program.requiredDocuments.application, documentsHeld, { ja: '申請', en: 'the application' }),
  REQUEST_CHANGE: (context, { documentsHeld }) =>
    missingDocumentProblems(context.program.requiredDocuments.change, documentsHeld, { ja: '変更承認申請', en: 'the change request (変更承認申請)' }),
  SUBMIT_REPORT: (context, { documentsHeld }) =>
    missingDocumentProblems(context.program.requiredDocuments.report, documentsHeld, { ja: '実績報告', en: 'the performance report (実績報告)' }),
  WITHDRAW: (context, { on }) => withdrawalBlockers(context, on),
  REQUEST_ADVANCE: (context) => advanceRequestBlockers(context),
};

/**
 * What one person can do on a case now, and what it waits for: the events their role may send
 * in this state with the rules that already block them, the events of their role that who they
 * are stops (another organization, a review already submitted), and the roles whose move it is.
 */
export function caseActions(snapshot: CaseSnapshot, actor: Actor, facts: ActionFacts): CaseActions {
  const available: AvailableAction[] = [];
  const unavailable: UnavailableAction[] = [];
  const awaited = new Map<CaseRole, CaseEventType[]>();
  for (const type of eventTypesTakenIn(snapshot)) {
    if (EVENT_ROLES[type].includes(actor.role)) {
      const reasons = actorProblems(snapshot.context, actor, type);
      if (reasons.length > 0) unavailable.push({ type, reasons });
      else available.push({ type, blockers: BLOCKERS[type]?.(snapshot.context, facts) ?? [] });
    }
    for (const role of EVENT_ROLES[type]) {
      if (role !== actor.role) awaited.set(role, [...(awaited.get(role) ?? []), type]);
    }
  }
  return { available, unavailable, waitingFor: [...awaited].map(([role, events]) => ({ role, events })) };
}
