import type { Program, Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { allocationCap } from './allocation-cap.js';
import { assertYen } from './assert-yen.js';
import type { GrantContext } from './grant-context.js';

/**
 * What to do when a cap needs a figure the context lacks. At decision the figure is
 * required: guessing it would let a grant exceed its cap. At 額の確定 the decided amount,
 * bounded by those caps when it was decided or changed, already stands in for them.
 */
export type MissingContextPolicy = 'refuse' | 'leaveToDecidedAmount';

/**
 * The lowest of the caps that bind one grant: per fiscal year, what is left of the
 * multi-year total, and 均等割 + 地域割. Null when none applies (the rate alone limits).
 */
export function capLimit(program: Program, context: GrantContext, whenMissing: MissingContextPolicy): Yen | null {
  const limits: Yen[] = [];
  if (program.caps.perFiscalYear !== null) limits.push(program.caps.perFiscalYear);

  const { total } = program.caps;
  const remainingTotalCap = context.remainingTotalCap ?? null;
  if (total !== null && remainingTotalCap !== null) {
    assertYen(remainingTotalCap, 'remainingTotalCap');
    limits.push(Math.min(remainingTotalCap, total.amount));
  } else if (total !== null && whenMissing === 'refuse') {
    throw new ProgramsException(
      ProgramsErrorCode.MissingGrantContext,
      `${program.code} caps ${total.amount} yen in total over ${total.fiscalYears} fiscal years: remainingTotalCap is required (see remainingMultiYearCap)`,
    );
  }

  const population = context.population ?? null;
  if (program.allocationFormula !== null && population !== null) {
    limits.push(allocationCap(program.allocationFormula, population));
  } else if (program.allocationFormula !== null && whenMissing === 'refuse') {
    throw new ProgramsException(
      ProgramsErrorCode.MissingGrantContext,
      `${program.code} is capped by 均等割 + 地域割: the area's population is required`,
    );
  }
  return limits.length === 0 ? null : Math.min(...limits);
}
