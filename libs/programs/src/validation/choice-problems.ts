import { enteredJa, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

/** Why `value` is not one of `choices`, or []. `labels` are the choices as people read them, when they have names. */
export function choiceProblems(value: unknown, path: string, choices: readonly unknown[], labels: readonly string[] = []): Problem[] {
  if (choices.includes(value)) return [];
  const among = labels.length > 0 ? `（${labels.join('・')}）` : '';
  return [
    fieldProblem(
      path,
      (name) => `${name}は、決められたもの${among}から選んでください${enteredJa(value)}。`,
      `${path} must be one of ${choices.map(describeValue).join(', ')} (got ${describeValue(value)})`,
    ),
  ];
}
