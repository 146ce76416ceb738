import type { Problem } from '#libs/errors';
import { fieldProblem } from './field-problem.js';
import { listProblems } from './list-problems.js';
import { objectShapeProblems } from './object-shape-problems.js';
import { textProblems } from './text-problems.js';
import { yenProblems } from './yen-problems.js';

/**
 * Why `value` is not a sound 専決 route: steps in ascending order of amount, the last with
 * `upTo: null` so that every amount has someone who may decide it.
 */
export function approvalRouteProblems(value: unknown): Problem[] {
  const problems = listProblems(value, 'approvalRoute', { nonEmpty: true, unique: false }, stepProblems);
  if (problems.length > 0) return problems;
  const steps = value as Array<{ upTo: number | null }>;
  steps.forEach((step, index) => {
    const path = `approvalRoute[${index}].upTo`;
    const isLast = index === steps.length - 1;
    if (isLast && step.upTo !== null) {
      problems.push(
        fieldProblem(
          path,
          (name) => `${name}は空にしてください。最後の段が、それより前の段の上限を超えるすべての額を決裁します。`,
          `${path} must be null: the last step decides every amount above the others`,
        ),
      );
    }
    if (!isLast && step.upTo === null) {
      problems.push(fieldProblem(path, (name) => `${name}を入力してください。上限額を空にできるのは最後の段だけです。`, `${path} may be null only in the last step`));
    }
    const previous = steps[index - 1]?.upTo;
    if (previous != null && step.upTo !== null && step.upTo <= previous) {
      problems.push(
        fieldProblem(
          path,
          (name) =>
            `${name}は、前の段の上限額（${previous.toLocaleString('ja-JP')}円）より大きくしてください（入力: ${step.upTo?.toLocaleString('ja-JP')}円）。決裁ルートは金額の小さい順に並べます。`,
          `${path} must be above the previous step's ${previous}: the route ascends by amount`,
        ),
      );
    }
  });
  return problems;
}

function stepProblems(value: unknown, path: string): Problem[] {
  const shape = objectShapeProblems(value, path, ['upTo', 'approverTitle']);
  if (shape.length > 0) return shape;
  const { upTo, approverTitle } = value as Record<string, unknown>;
  return [...(upTo === null ? [] : yenProblems(upTo, `${path}.upTo`)), ...textProblems(approverTitle, `${path}.approverTitle`)];
}
