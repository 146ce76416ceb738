import type { components } from '../../../libs/api-client/src/index.js';
import { applyRate } from '../../../libs/programs/src/money/apply-rate.js';
import { eligibleTotal, type ExpenseLine } from '../../../libs/programs/src/money/eligible-total.js';

type Program = components['schemas']['ProgramTermsDto'];

/** What the program would grant for planned expenses, as the applicant types them. */
export interface Estimate {
  eligible: number;
  byRate: number;
  /** The per-year cap, when the program has one. */
  cap: number | null;
  /** min(by rate, cap): the most one can ask for. */
  most: number;
  /** Lines the program does not pay for: the organization bears them. */
  ineligible: ExpenseLine[];
}

/**
 * The preview of the application form, by the same money rules the server applies at SUBMIT
 * (libs/programs: the eligible categories, the rate in exact integers, the rounding, the
 * per-year cap). Caps that need figures the browser does not have (地域割 by population, the
 * total over several years) are the server's to apply: the form says so beside the figure.
 */
export function estimateGrant(program: Program, lines: readonly ExpenseLine[]): Estimate {
  const counted = lines.filter((line) => Number.isSafeInteger(line.amount) && line.amount > 0);
  const eligible = eligibleTotal({ eligibleExpenseCategories: program.eligibleExpenseCategories }, counted);
  const byRate = applyRate(eligible, program.rate, program.rounding.rule);
  const cap = program.caps.perFiscalYear;
  return {
    eligible,
    byRate,
    cap,
    most: cap === null ? byRate : Math.min(byRate, cap),
    ineligible: counted.filter((line) => !program.eligibleExpenseCategories.includes(line.category)),
  };
}

/** The 額の確定 a performance report leads to, and what then moves: paid to the organization, or back to the city. */
export interface SettlementEstimate {
  eligible: number;
  byRate: number;
  decided: number;
  /** min(decided, by rate, per-year cap): what the rules confirm. */
  confirmed: number;
  /** confirmed − paid so far: above 0 the city still pays it (精算払); below 0 it is to be returned (返還). */
  balance: number;
}

/**
 * The preview of the performance report, by the rule the approver's 額の確定 applies
 * (libs/programs confirmedAmount): spending less lowers the grant, spending more never raises
 * it above the decision. The approver may confirm less; the preview is the most.
 */
export function estimateSettlement(program: Program, lines: readonly ExpenseLine[], decided: number, paid: number): SettlementEstimate {
  const { eligible, byRate, most } = estimateGrant(program, lines);
  const confirmed = Math.min(most, decided);
  return { eligible, byRate, decided, confirmed, balance: confirmed - paid };
}
