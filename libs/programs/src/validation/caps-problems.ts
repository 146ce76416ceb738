import { objectShapeProblems } from './object-shape-problems.js';
import { wholeNumberProblems } from './whole-number-problems.js';
import { yenProblems } from './yen-problems.js';

/** Why `value` is not a sound `Caps`: each cap null or above 0 yen, and the yearly cap within the total. */
export function capsProblems(value: unknown): string[] {
  const shape = objectShapeProblems(value, 'caps', ['perFiscalYear', 'total']);
  if (shape.length > 0) return shape;
  const { perFiscalYear, total } = value as Record<string, unknown>;
  const problems = perFiscalYear === null ? [] : capAmountProblems(perFiscalYear, 'caps.perFiscalYear');
  if (total === null) return problems;

  const totalShape = objectShapeProblems(total, 'caps.total', ['amount', 'fiscalYears']);
  if (totalShape.length > 0) return [...problems, ...totalShape];
  const { amount, fiscalYears } = total as Record<string, unknown>;
  problems.push(...capAmountProblems(amount, 'caps.total.amount'), ...wholeNumberProblems(fiscalYears, 'caps.total.fiscalYears', 1));
  if (problems.length === 0 && typeof perFiscalYear === 'number' && perFiscalYear > (amount as number)) {
    problems.push(`caps.perFiscalYear (${perFiscalYear}) must not exceed caps.total.amount (${amount as number}): no year can use more than the total`);
  }
  return problems;
}

function capAmountProblems(value: unknown, path: string): string[] {
  const problems = yenProblems(value, path);
  if (problems.length === 0 && value === 0) return [`${path} must be above 0 yen (null means no such cap)`];
  return problems;
}
