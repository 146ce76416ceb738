import { daysBetween, type IsoDate } from '#libs/calendar';
import { CASE_STATE_LABELS, type CaseStateCode } from '#libs/lifecycle';
import type { Yen } from '#libs/programs';
import type { CaseListRow } from './case-list.repository.js';

/** A case as a row of the officers' list (and of its CSV export). */
export interface CaseSummary {
  id: string;
  caseNumber: string | null;
  programCode: string;
  /** The program's Japanese name, as of the version the case runs under. */
  programName: string;
  organization: { id: string; name: string; area: string };
  fiscalYear: number;
  state: { code: CaseStateCode; ja: string; en: string };
  amounts: { requested: Yen | null; decided: Yen | null; confirmed: Yen | null };
  overdue: boolean;
  /** The pending deadline due first: its kind, its Tokyo date, and calendar days left from today (negative once passed), as the case view counts them. */
  nextDeadline: { kind: string; dueOn: IsoDate; daysLeft: number } | null;
  updatedAt: string;
}

const toYen = (value: string | null) => (value === null ? null : Number(value));

/** `today`: the Tokyo date the days left are counted from. */
export function toCaseSummary(row: CaseListRow, today: IsoDate): CaseSummary {
  const state = row.state as CaseStateCode;
  const dueOn = row.next_deadline_due_on;
  return {
    id: row.id,
    caseNumber: row.case_number,
    programCode: row.program_code,
    programName: row.program_name,
    organization: { id: row.organization_id, name: row.organization_name, area: row.organization_area },
    fiscalYear: row.fiscal_year,
    state: { code: state, ...CASE_STATE_LABELS[state] },
    amounts: { requested: toYen(row.requested_amount), decided: toYen(row.decided_amount), confirmed: toYen(row.confirmed_amount) },
    overdue: row.overdue,
    nextDeadline: row.next_deadline_kind !== null && dueOn !== null ? { kind: row.next_deadline_kind, dueOn, daysLeft: daysBetween(today, dueOn) } : null,
    updatedAt: row.updated_at.toISOString(),
  };
}
