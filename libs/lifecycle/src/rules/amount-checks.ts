import { type Problem, problem } from '#libs/errors';
import type { Yen } from '#libs/programs';
import type { ExpenseLine } from '../case-event.js';
import { fieldName } from '../event-field-labels.js';

/** Money arrives as whole, non-negative yen; the API validates too, the machine never trusts it. */
export function yenProblems(field: string, amount: Yen, { positive }: { positive: boolean }): Problem[] {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return [problem(field, `${fieldName(field)}は0円以上の整数（円単位）で入力してください。`, `${field} must be a whole number of yen, 0 or more`)];
  }
  if (positive && amount === 0) return [problem(field, `${fieldName(field)}は1円以上で入力してください。`, `${field} must be more than 0 yen`)];
  return [];
}

export function expenseLineProblems(field: string, lines: readonly ExpenseLine[]): Problem[] {
  return lines.flatMap((line, index) => yenProblems(`${field}[${index}].amount`, line.amount, { positive: false }));
}

/** 60000 → 「60,000円」. */
export const yenJa = (amount: Yen): string => `${amount.toLocaleString('ja-JP')}円`;
/** 60000 → "60,000 yen". */
export const yenEn = (amount: Yen): string => `${amount.toLocaleString('en-US')} yen`;
