import type { Program, Yen } from '../program.js';
import { ProgramsErrorCode, ProgramsException } from '../programs.exception.js';
import { assertYen } from './assert-yen.js';

/** One line of a budget (収支予算書) or of a settlement statement (収支決算書). */
export interface ExpenseLine {
  category: string;
  amount: Yen;
}

/**
 * 補助対象経費: the sum of the lines whose category the program covers. A line of any other
 * category counts for nothing; it stays in the budget but is paid by the organization.
 */
export function eligibleTotal(program: Pick<Program, 'eligibleExpenseCategories'>, lines: readonly ExpenseLine[]): Yen {
  const eligible = new Set(program.eligibleExpenseCategories);
  let total = 0;
  lines.forEach((line, index) => {
    assertYen(line.amount, `lines[${index}].amount`);
    if (eligible.has(line.category)) total += line.amount;
  });
  if (!Number.isSafeInteger(total)) {
    throw new ProgramsException(ProgramsErrorCode.InvalidAmount, 'the eligible expenses add up beyond the safe integer range');
  }
  return total;
}
