import { enteredJa, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

export interface ListRules {
  nonEmpty: boolean;
  /** Refuse an item given twice: a duplicate is a copy-paste mistake, never meant. */
  unique: boolean;
}

/** Why `value` is not a list whose items each pass `itemProblems`, or []; items are named `path[index]`. */
export function listProblems(
  value: unknown,
  path: string,
  rules: ListRules,
  itemProblems: (item: unknown, itemPath: string) => Problem[],
): Problem[] {
  if (!Array.isArray(value)) {
    return [fieldProblem(path, (name) => `${name}は一覧の形で指定してください${enteredJa(value)}。`, `${path} must be a list (got ${describeValue(value)})`)];
  }
  if (rules.nonEmpty && value.length === 0) {
    return [fieldProblem(path, (name) => `${name}を1つ以上指定してください。`, `${path} must not be empty`)];
  }
  const problems = value.flatMap((item: unknown, index) => itemProblems(item, `${path}[${index}]`));
  if (rules.unique) {
    const seen = new Set<string>();
    value.forEach((item: unknown, index) => {
      const key = JSON.stringify(item);
      if (seen.has(key)) {
        problems.push(
          fieldProblem(`${path}[${index}]`, (name) => `${name}は、前にあるものと同じです。1つにしてください${enteredJa(item)}。`, `${path}[${index}] repeats ${describeValue(item)}`),
        );
      }
      seen.add(key);
    });
  }
  return problems;
}
