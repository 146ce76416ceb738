import { fiscalYearLabel } from '#libs/calendar';
import {
  acceptableEvents,
  CASE_STATE_LABELS,
  type CaseEventType,
  type CaseSnapshot,
  type CaseStateCode,
  restoreSnapshot,
  type StoredCaseSnapshot,
} from '#libs/lifecycle';
import type { Yen } from '#libs/programs';
import type { CaseRecord } from './case.repository.js';
import type { CaseUser } from './case-user.js';

/** A case as the API shows it to one user: state in both languages, money, deadlines, what they can do now. */
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
  deadlines: Array<{ kind: string; subject: string | null; dueOn: string }>;
  availableEvents: CaseEventType[];
  createdAt: string;
  updatedAt: string;
}

/** What a write answers: the case as it now stands, or the stored first answer of a retried request. */
export interface CaseAnswer {
  status: number;
  body: CaseView;
  replayed: boolean;
}

/** `snapshot`: the row's snapshot already restored, when the caller has it (an event just computed it). */
export function toCaseView(record: CaseRecord, user: CaseUser, snapshot: CaseSnapshot = restoreSnapshot(record.row.snapshot as StoredCaseSnapshot, record.program)): CaseView {
  const { row, program, organization, pendingDeadlines } = record;
  const code = row.state as CaseStateCode;
  const sum = (movements: ReadonlyArray<{ amount: Yen }>) => movements.reduce((total, movement) => total + movement.amount, 0);
  return {
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
      paid: sum(snapshot.context.payments),
      refunded: sum(snapshot.context.refunds),
    },
    deadlines: pendingDeadlines.map((deadline) => ({ kind: deadline.kind, subject: deadline.subject || null, dueOn: deadline.dueOn })),
    availableEvents: acceptableEvents(snapshot, { userId: user.userId, role: user.role, organizationIds: user.organizationIds }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
