import type { Yen } from '#libs/programs';
import type { ExpenseLine } from '../case-event.js';

/** Money arrives as whole, non-negative yen; the API validates too, the machine never trusts it. */
export function yenProblems(field: string, amount: Yen, { positive }: { positive: boolean }): string[] {
  if (!Number.isSafeInteger(amount) || amount < 0) return [`${field} must be a whole number of yen, 0 or more`];
  if (positive && amount === 0) return [`${field} must be more than 0 yen`];
  return [];
}

export function expenseLineProblems(field: string, lines: readonly ExpenseLine[]): string[] {
  return lines.flatMap((line, index) => yenProblems(`${field}[${index}].amount`, line.amount, { positive: false }));
}

export const formatYen = (amount: Yen): string => `${amount.toLocaleString('ja-JP')} yen`;
