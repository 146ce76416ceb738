import { type CaseStateCode, FINAL_CASE_STATES } from '#libs/lifecycle';

/**
 * The states in which a case needs nothing more before the accounts close (出納閉鎖): the final
 * states of the lifecycle. Every other state is unsettled (未精算) for the fiscal-year close report.
 */
export const SETTLED_CASE_STATES: readonly CaseStateCode[] = FINAL_CASE_STATES;
