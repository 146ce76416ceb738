import { describeValue } from './describe-value.js';

/** Why `value` is not one of `choices`, or []. */
export function choiceProblems(value: unknown, path: string, choices: readonly unknown[]): string[] {
  if (choices.includes(value)) return [];
  return [`${path} must be one of ${choices.map(describeValue).join(', ')} (got ${describeValue(value)})`];
}
