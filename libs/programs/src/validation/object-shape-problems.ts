import { enteredJa, type Problem, problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';

/**
 * Why `value` is not an object with exactly `fields`: not an object, a field missing, or a
 * field the type does not have (a misspelt `perFiscalyear` would otherwise pass unnoticed
 * and its figure be ignored). Callers read the fields only when this returns [].
 */
export function objectShapeProblems(value: unknown, path: string, fields: readonly string[]): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      fieldProblem(
        path,
        (name) => `${name}の形が正しくありません。${fields.join('、')}を指定してください${enteredJa(value)}。`,
        `${path} must be an object with ${fields.join(', ')} (got ${describeValue(value)})`,
      ),
    ];
  }
  const prefix = path === '' ? '' : `${path}.`;
  const missing = fields
    .filter((field) => !Object.hasOwn(value, field))
    .map((field) => fieldProblem(`${prefix}${field}`, (name) => `${name}がありません。指定してください。`, `${prefix}${field} is missing`));
  const unknown = Object.keys(value)
    .filter((field) => !fields.includes(field))
    .map((field) =>
      problem(
        `${prefix}${field}`,
        `「${prefix}${field}」という項目は制度にありません。項目名を確かめてください。`,
        `${prefix}${field} is not a field of ${path === '' ? 'a program' : path}`,
      ),
    );
  return [...missing, ...unknown];
}
