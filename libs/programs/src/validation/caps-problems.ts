import { enteredJa, type Problem } from '#libs/errors';
import { fieldProblem } from './field-problem.js';
import { objectShapeProblems } from './object-shape-problems.js';
import { wholeNumberProblems } from './whole-number-problems.js';
import { yenProblems } from './yen-problems.js';

/** Why `value` is not a sound `Caps`: each cap null or above 0 yen, and the yearly cap within the total. */
export function capsProblems(value: unknown): Problem[] {
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
    problems.push(
      fieldProblem(
        'caps.perFiscalYear',
        (name) =>
          `${name}は、通算の上限額（${(amount as number).toLocaleString('ja-JP')}円）以下にしてください${enteredJa(perFiscalYear)}。1つの年度で通算の上限より多くは使えません。`,
        `caps.perFiscalYear (${perFiscalYear}) must not exceed caps.total.amount (${amount as number}): no year can use more than the total`,
      ),
    );
  }
  return problems;
}

function capAmountProblems(value: unknown, path: string): Problem[] {
  const problems = yenProblems(value, path);
  if (problems.length === 0 && value === 0) {
    return [fieldProblem(path, (name) => `${name}は1円以上にしてください。上限を設けないときは空にします。`, `${path} must be above 0 yen (null means no such cap)`)];
  }
  return problems;
}
