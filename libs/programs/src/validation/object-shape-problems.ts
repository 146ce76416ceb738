import { describeValue } from './describe-value.js';

/**
 * Why `value` is not an object with exactly `fields`: not an object, a field missing, or a
 * field the type does not have (a misspelt `perFiscalyear` would otherwise pass unnoticed
 * and its figure be ignored). Callers read the fields only when this returns [].
 */
export function objectShapeProblems(value: unknown, path: string, fields: readonly string[]): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${path} must be an object with ${fields.join(', ')} (got ${describeValue(value)})`];
  }
  const prefix = path === '' ? '' : `${path}.`;
  const missing = fields.filter((field) => !Object.hasOwn(value, field)).map((field) => `${prefix}${field} is missing`);
  const unknown = Object.keys(value)
    .filter((field) => !fields.includes(field))
    .map((field) => `${prefix}${field} is not a field of ${path === '' ? 'a program' : path}`);
  return [...missing, ...unknown];
}
