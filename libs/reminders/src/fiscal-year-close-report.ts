import { accountsCloseDate, daysBetween, fiscalYearLabel, formatEraDate, type IsoDate } from '#libs/calendar';
import { CASE_STATE_LABELS, type CaseStateCode } from '#libs/lifecycle';
import type { FiscalYearCloseCase } from './fiscal-year-close-case.js';
import { SETTLED_CASE_STATES } from './fiscal-year-close-settled-states.js';

export interface FiscalYearCloseStateCount {
  state: CaseStateCode;
  stateJa: string;
  count: number;
}

export interface FiscalYearCloseProgramCount {
  programCode: string;
  programName: string;
  count: number;
  /** In lifecycle order (申請 before 交付 before 精算). */
  byState: FiscalYearCloseStateCount[];
}

/** 未精算案件: the cases of a fiscal year not yet in a final state, before its accounts close. */
export interface FiscalYearCloseReport {
  fiscalYear: number;
  /** 令和7年度 */
  fiscalYearLabel: string;
  /** 出納閉鎖日: 31 May after the fiscal year. */
  accountsCloseOn: IsoDate;
  /** 令和8年5月31日 */
  accountsCloseOnEra: string;
  /** The Tokyo date the report was made. */
  asOf: IsoDate;
  /** Calendar days from `asOf` to the close; negative once it has passed. */
  daysUntilClose: number;
  unsettledCount: number;
  byProgram: FiscalYearCloseProgramCount[];
  /** By program, then case number (unnumbered last), then organization. */
  cases: Array<FiscalYearCloseCase & { stateJa: string }>;
}

const STATE_ORDER = Object.keys(CASE_STATE_LABELS) as CaseStateCode[];

/**
 * The report of `fiscalYear` as of `asOf`, from the cases its reader may see. Settled cases
 * (a final state) are left out whatever the caller passed, so the report never lists one.
 */
export function fiscalYearCloseReport(fiscalYear: number, asOf: IsoDate, cases: readonly FiscalYearCloseCase[]): FiscalYearCloseReport {
  const accountsCloseOn = accountsCloseDate(fiscalYear);
  const unsettled = cases
    .filter((entry) => !SETTLED_CASE_STATES.includes(entry.state))
    // Field by field, so nothing else a caller's rows carry (visibility scopes, reviewer ids) ends up in the report.
    .map((entry) => ({
      caseId: entry.caseId,
      caseNumber: entry.caseNumber,
      organizationName: entry.organizationName,
      programCode: entry.programCode,
      programName: entry.programName,
      state: entry.state,
      stateJa: CASE_STATE_LABELS[entry.state].ja,
      decidedAmount: entry.decidedAmount,
      confirmedAmount: entry.confirmedAmount,
      paidAmount: entry.paidAmount,
      refundedAmount: entry.refundedAmount,
    }))
    .sort(byProgramThenNumber);
  const programs = new Map<string, FiscalYearCloseProgramCount>();
  for (const entry of unsettled) {
    const program = programs.get(entry.programCode) ?? { programCode: entry.programCode, programName: entry.programName, count: 0, byState: [] };
    program.count += 1;
    const state = program.byState.find((counted) => counted.state === entry.state);
    if (state) state.count += 1;
    else program.byState.push({ state: entry.state, stateJa: entry.stateJa, count: 1 });
    programs.set(entry.programCode, program);
  }
  const byProgram = [...programs.values()].map((program) => ({
    ...program,
    byState: program.byState.sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state)),
  }));
  return {
    fiscalYear,
    fiscalYearLabel: fiscalYearLabel(fiscalYear),
    accountsCloseOn,
    accountsCloseOnEra: formatEraDate(accountsCloseOn),
    asOf,
    daysUntilClose: daysBetween(asOf, accountsCloseOn),
    unsettledCount: unsettled.length,
    byProgram,
    cases: unsettled,
  };
}

function byProgramThenNumber(a: FiscalYearCloseCase, b: FiscalYearCloseCase): number {
  return (
    compareText(a.programCode, b.programCode) ||
    (a.caseNumber === null ? 1 : 0) - (b.caseNumber === null ? 1 : 0) ||
    compareText(a.caseNumber ?? '', b.caseNumber ?? '') ||
    compareText(a.organizationName, b.organizationName) ||
    compareText(a.caseId, b.caseId)
  );
}

/** Code point order: the same on every machine, whatever its locale data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
