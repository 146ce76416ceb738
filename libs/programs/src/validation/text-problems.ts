import { describeValue } from './describe-value.js';

/** Why `value` is not a string with something in it besides spaces, or []. */
export function textProblems(value: unknown, path: string): string[] {
  if (typeof value === 'string' && value.trim() !== '') return [];
  return [`${path} must be a non-empty text (got ${describeValue(value)})`];
}
