import { isDeepStrictEqual } from 'node:util';
import type { FieldChanges } from './administration-payloads.js';

/**
 * Before and after of those `fields` whose value differs between the two records, for an
 * `*.updated` entry; null when none does, and a change that changes nothing is not recorded.
 */
export function fieldChanges<Record extends object, Field extends keyof Record>(
  before: Record,
  after: Record,
  fields: readonly Field[],
): FieldChanges<Pick<Record, Field>> | null {
  const changed = fields.filter((field) => !isDeepStrictEqual(before[field], after[field]));
  if (changed.length === 0) return null;
  const pick = (record: Record) => Object.fromEntries(changed.map((field) => [field, record[field]])) as Partial<Pick<Record, Field>>;
  return { before: pick(before), after: pick(after) };
}
