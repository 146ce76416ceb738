import { describeValue } from './describe-value.js';

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
  itemProblems: (item: unknown, itemPath: string) => string[],
): string[] {
  if (!Array.isArray(value)) return [`${path} must be a list (got ${describeValue(value)})`];
  if (rules.nonEmpty && value.length === 0) return [`${path} must not be empty`];
  const problems = value.flatMap((item: unknown, index) => itemProblems(item, `${path}[${index}]`));
  if (rules.unique) {
    const seen = new Set<string>();
    value.forEach((item: unknown, index) => {
      const key = JSON.stringify(item);
      if (seen.has(key)) problems.push(`${path}[${index}] repeats ${describeValue(item)}`);
      seen.add(key);
    });
  }
  return problems;
}
