import type { LocalizedText } from '#libs/errors';
import type { Program, Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { wholeNumberProblems } from '../validation/whole-number-problems.js';
import { assertYen } from './assert-yen.js';

export type RemainingMultiYearCap =
  /** `remaining` is null when the program has no total cap over several years. */
  | { allowed: true; remaining: Yen | null }
  | { allowed: false; reason: LocalizedText };

/**
 * What an organization has left of a total cap over several fiscal years (e.g. 地域の合意形成:
 * 50,000 yen in total, 2箇年まで) for a grant in `fiscalYear`.
 *
 * `grantsByFiscalYear` holds the organization's other grants under this program (confirmed
 * amounts, or decided ones not yet confirmed), not the grant being computed. A fiscal year
 * counts as used when it has a grant above 0 yen; `fiscalYear` itself counts as used because
 * the grant being computed falls in it. The years need not be consecutive.
 */
export function remainingMultiYearCap(
  program: Pick<Program, 'caps'>,
  grantsByFiscalYear: ReadonlyMap<number, Yen> | Readonly<Record<number, Yen>>,
  fiscalYear: number,
): RemainingMultiYearCap {
  const [yearProblem] = wholeNumberProblems(fiscalYear, 'fiscalYear', 1);
  if (yearProblem !== undefined) throw new ProgramsException(ProgramsErrorCode.InvalidNumber, yearProblem.text.en);
  const total = program.caps.total;
  if (total === null) return { allowed: true, remaining: null };

  const yearsUsed = new Set<number>([fiscalYear]);
  let granted = 0;
  for (const [year, amount] of entriesOf(grantsByFiscalYear)) {
    assertYen(amount, `grantsByFiscalYear[${year}]`);
    granted += amount;
    if (amount > 0) yearsUsed.add(year);
  }
  if (yearsUsed.size > total.fiscalYears) {
    return {
      allowed: false,
      reason: {
        ja: `この団体はすでに${yearsUsed.size - 1}年度分の交付を受けています。この制度で交付を受けられるのは${total.fiscalYears}年度までです。`,
        en: `the organization has already received grants in ${yearsUsed.size - 1} fiscal years; the program allows at most ${total.fiscalYears}`,
      },
    };
  }
  const remaining = total.amount - granted;
  if (remaining <= 0) {
    return {
      allowed: false,
      reason: {
        ja: `この制度の通算上限${total.amount.toLocaleString('ja-JP')}円は、交付済みの${granted.toLocaleString('ja-JP')}円で使い切っています。`,
        en: `the total cap of ${total.amount} yen is used up (${granted} yen granted)`,
      },
    };
  }
  return { allowed: true, remaining };
}

function entriesOf(grants: ReadonlyMap<number, Yen> | Readonly<Record<number, Yen>>): Array<[number, Yen]> {
  const entries: Array<[number | string, Yen]> = grants instanceof Map ? [...grants] : Object.entries(grants);
  return entries.map(([year, amount]) => {
    const fiscalYear = Number(year);
    const [problem] = wholeNumberProblems(fiscalYear, `grantsByFiscalYear key ${String(year)}`, 1);
    if (problem !== undefined) throw new ProgramsException(ProgramsErrorCode.InvalidNumber, problem.text.en);
    return [fiscalYear, amount];
  });
}
