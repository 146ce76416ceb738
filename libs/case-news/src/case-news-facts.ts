import type { IsoDate } from '#libs/calendar';
import type { CaseEventType, CaseRole, CaseStateCode, DeadlineKind } from '#libs/lifecycle';

/** What the messages about one accepted event are made of: the event as its audit entry keeps it, and the case after it. */
export interface CaseNewsFacts {
  caseId: string;
  /** Null before 受理. */
  caseNumber: string | null;
  programName: string;
  organizationName: string;
  eventType: CaseEventType;
  actorRole: CaseRole;
  stateBefore: CaseStateCode;
  stateAfter: CaseStateCode;
  /** The event as sent (its reason, reasons, conditions, amount, date…), from the audit entry. */
  payload: Readonly<Record<string, unknown>>;
  requestedAmount: number | null;
  decidedAmount: number | null;
  confirmedAmount: number | null;
  /** The case's open deadlines after the event: what "by when" reads. */
  openDeadlines: ReadonlyArray<{ kind: DeadlineKind; subject: string; dueOn: IsoDate }>;
}
