import fc from 'fast-check';
import type { OwnedId } from './fuzz-world.js';
import { hostileString, percentEncoded, urlSized } from './garbage.arbitraries.js';

/** One path parameter as sent (already percent-encoded where it must be). */
export interface ParamValue {
  name: string;
  raw: string;
  /** The municipality the value belongs to; null for values that are nobody's. */
  tenant: OwnedId['tenant'] | null;
  /** Not a well-formed value: a 400 may name it. */
  broken: boolean;
  description: string;
}

/** Sent raw: they change what the path means (`..`, `%2f`), or are encoded already. */
const RAW_HOSTILE = ['..', '.', '%2e%2e', '..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fadmin', '..%5c..%5cboot.ini', '%00', 'a%00b', '%ZZ', '%E0%A4%A', '%c0%ae%c0%ae%2f'];

const garbage = (name: string): fc.Arbitrary<ParamValue> =>
  fc.oneof(
    fc.constantFrom(...RAW_HOSTILE).map((raw) => ({ name, raw, tenant: null, broken: true, description: `${name} = ${raw} (raw)` })),
    fc
      .oneof(
        urlSized(hostileString),
        fc.constantFrom('not-a-uuid', '0', '-1', '1 OR 1=1', '{00000000-0000-4000-8000-000000000000}', '000000000000400080000000000000000', 'x'.repeat(3000)),
      )
      .filter((text) => text.length > 0 && text !== '.' && text !== '..')
      .map((text) => ({ name, raw: percentEncoded(text), tenant: null, broken: true, description: `${name} = ${JSON.stringify(text.slice(0, 60))}` })),
  );

/** Forms of a real id a lenient parser might still take: upper case, with a suffix. */
const variantsOf = (name: string, owned: OwnedId): ParamValue[] => [
  { name, raw: owned.id, tenant: owned.tenant, broken: false, description: `${name} = ${owned.label} (${owned.tenant})` },
  { name, raw: owned.id.toUpperCase(), tenant: owned.tenant, broken: false, description: `${name} = ${owned.label} (${owned.tenant}), upper case` },
  { name, raw: `${owned.id}%20`, tenant: owned.tenant, broken: true, description: `${name} = ${owned.label} (${owned.tenant}) and a space` },
  { name, raw: `${owned.id}'%20OR%20'1'='1`, tenant: owned.tenant, broken: true, description: `${name} = ${owned.label} and SQL` },
];

/** A UUID path parameter: ids of the world (either municipality), unknown UUIDs, and garbage. */
export function idParam(name: string, pool: readonly OwnedId[]): fc.Arbitrary<ParamValue> {
  const known = pool.flatMap((owned) => variantsOf(name, owned));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known.filter((value) => !value.broken)) },
    { weight: 1, arbitrary: fc.constantFrom(...known.filter((value) => value.broken)) },
    { weight: 1, arbitrary: fc.uuid().map((id) => ({ name, raw: id, tenant: null, broken: false, description: `${name} = an unknown uuid` })) },
    { weight: 2, arbitrary: garbage(name) },
  );
}

/** A path parameter that is text: known values of either kind, and garbage. */
export function textParam(name: string, known: readonly string[]): fc.Arbitrary<ParamValue> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known).map((text) => ({ name, raw: percentEncoded(text), tenant: null, broken: false, description: `${name} = ${text}` })) },
    { weight: 2, arbitrary: garbage(name) },
  );
}
