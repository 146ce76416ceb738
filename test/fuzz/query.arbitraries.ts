import fc from 'fast-check';
import { EXTRA_KEYS, hostileString, percentEncoded, urlSized } from './garbage.arbitraries.js';

/** A query string as sent (without `?`), and the keys it broke. */
export interface FuzzQuery {
  raw: string;
  /** Keys a 400 may name; `unknown` when the parser's reading of the key cannot be foretold. */
  broken: string[] | 'unknown';
}

/** Valid values per key of a list route's query. */
export type QueryModel = Record<string, fc.Arbitrary<string>>;

const pair = (key: string, value: string) => `${percentEncoded(key)}=${percentEncoded(value)}`;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Cursors that look like the API's own (base64url of `{ createdAt, id }`) with a date or id a
 * loose check lets through, and ones that are not cursors at all.
 */
export const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      createdAt: fc.constantFrom<unknown>(
        '2025-05-10T03:00:00.000Z',
        '2025-02-30T00:00:00Z',
        '2025-13-01',
        'Tuesday 1',
        '1 January 275760',
        '+275760-09-13T00:00:00.000Z',
        '0000-01-01T00:00:00.000Z',
        '-271821-04-20T00:00:00.000Z',
        '10000-01-01',
        "2025-05-10' OR '1'='1",
        12345,
        null,
      ),
      id: fc.constantFrom<unknown>(
        '00000000-0000-4000-8000-000000000000',
        '------------------------------------',
        'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa',
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        "' OR 1=1 --",
        42,
      ),
    })
    .map(base64url),
  fc.constantFrom('', 'x', '%%%', base64url([]), base64url('x'), base64url({}), 'eyJ'.repeat(200)),
  urlSized(hostileString),
);

/**
 * Queries of a list route: the required keys and some of the others with valid values, and now and then one broken: a known key with a
 * hostile value, the key twice, an unknown key, or bracket syntax reaching for prototypes.
 */
export function queryArbitrary(model: QueryModel, required: readonly string[] = []): fc.Arbitrary<FuzzQuery> {
  const keys = Object.keys(model);
  const optional = keys.filter((key) => !required.includes(key));
  const valid: fc.Arbitrary<string[]> = fc
    .subarray(optional)
    .chain((chosen) => fc.tuple(...[...required, ...chosen].map((key) => (model[key] as fc.Arbitrary<string>).map((value) => pair(key, value)))));
  const brokenPair: fc.Arbitrary<{ raw: string; key: string | null } | null> = fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    ...(keys.length > 0
      ? [
          fc.tuple(fc.constantFrom(...keys), fc.oneof(urlSized(hostileString), hostileCursor)).map(([key, value]) => ({ raw: pair(key, value), key })),
          fc.constantFrom(...keys).map((key) => ({ raw: `${pair(key, 'a')}&${pair(key, 'b')}`, key })),
        ]
      : []),
    fc.constantFrom(...EXTRA_KEYS.filter((key) => key !== '')).map((key) => ({ raw: pair(key, '1'), key })),
    fc.constantFrom('__proto__[fuzzPolluted]=1', 'constructor[prototype][fuzzPolluted]=1', 'a[b][c]=1').map((raw) => ({ raw, key: raw.split('[')[0] as string })),
    fc.constantFrom('%E0%A4%A=1', '&&&', '=x', 'a=%00', 'limit').map((raw) => ({ raw, key: null })),
    // Only cursors this API gave out are valid: any other is a broken one.
    ...(keys.includes('limit') ? [hostileCursor.map((cursor) => ({ raw: pair('cursor', cursor), key: 'cursor' }))] : []),
  );
  return fc.tuple(valid, brokenPair).map(([pairs, broken]) => ({
    raw: [...pairs, ...(broken ? [broken.raw] : [])].join('&'),
    broken: broken === null ? [] : broken.key === null ? ('unknown' as const) : [broken.key],
  }));
}

/** `limit` of the list routes that page; `cursor` comes with it as a broken pair. */
export const PAGING: QueryModel = {
  limit: fc.constantFrom('1', '20', '100'),
};
