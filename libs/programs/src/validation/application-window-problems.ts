import { isIsoDate } from '#libs/calendar';
import { enteredJa, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';
import { objectShapeProblems } from './object-shape-problems.js';

/** Why `value` is not null (all year) nor a window of two real dates that closes on or after it opens. */
export function applicationWindowProblems(value: unknown): Problem[] {
  if (value === null) return [];
  const shape = objectShapeProblems(value, 'applicationWindow', ['opens', 'closes']);
  if (shape.length > 0) return shape;
  const { opens, closes } = value as Record<string, unknown>;
  const problems = (['opens', 'closes'] as const).flatMap((end) => {
    const date = end === 'opens' ? opens : closes;
    if (isIsoDate(date)) return [];
    const path = `applicationWindow.${end}`;
    return [
      fieldProblem(
        path,
        (name) => `${name}は、実在する日付（例: 2025-05-07）で入力してください${enteredJa(date)}。通年で受け付けるときは、開始日と終了日の両方を空にします。`,
        `${path} must be a real YYYY-MM-DD date (got ${describeValue(date)})`,
      ),
    ];
  });
  if (problems.length === 0 && (closes as string) < (opens as string)) {
    problems.push(
      fieldProblem(
        'applicationWindow.closes',
        (name) => `${name}は、開始日（${opens as string}）と同じ日か、それより後にしてください${enteredJa(closes)}。`,
        `applicationWindow.closes (${closes as string}) must not be before opens (${opens as string})`,
      ),
    );
  }
  return problems;
}
