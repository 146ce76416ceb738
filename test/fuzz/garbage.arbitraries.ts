import fc from 'fast-check';

/**
 * The key a prototype-pollution attempt tries to plant on Object.prototype; the fuzz checks
 * after every request that no plain object has it.
 */
export const POLLUTION_MARKER = 'fuzzPolluted';

/** `{ [key]: value }` with `key` as an own property, even `__proto__` (an object literal would set the prototype instead). */
export function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Objects whose keys are the ones that reach prototypes, as JSON.parse builds them (own keys, not prototypes). */
export const PROTOTYPE_KEYS_OBJECTS: readonly unknown[] = [
  `{"__proto__": {"${POLLUTION_MARKER}": true}}`,
  `{"constructor": {"prototype": {"${POLLUTION_MARKER}": true}}}`,
  `{"__proto__": null}`,
  `{"prototype": {"${POLLUTION_MARKER}": true}}`,
  `{"hasOwnProperty": "x", "toString": 1, "valueOf": null}`,
].map((json) => JSON.parse(json));

/** Text that has broken parsers, SQL, file systems and logs before. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  "' OR 1=1 --",
  "'; DROP TABLE grant_case; --",
  '" OR ""="',
  '%',
  '_',
  '\\',
  '%_\\',
  '‘’“”＇',
  '\u202eoice.pdf',
  '\ufeff',
  '\ud800',
  '𠮷野家🍣👨‍👩‍👧',
  '０１２３',
  'null',
  'undefined',
  'true',
  'NaN',
  '-1',
  '1e309',
  '9007199254740993',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  '%2e%2e%2f%2e%2e%2f',
  '/etc/shadow',
  'C:\\Windows\\win.ini',
  '2025-02-30',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  '------------------------------------',
];

/** Strings past every length limit of the API (100 … 2000 characters), in several scripts. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', 'あ', '𠮷', '\u0000', "'"), fc.constantFrom(101, 255, 2001, 5000, 40_000))
  .map(([unit, length]) => unit.repeat(length));

export const unicodeString: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 40 });

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: unicodeString },
  { weight: 1, arbitrary: hugeString },
);

const awkwardNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1.5, -1e-7, 1e21, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Nested arrays a few hundred levels deep: recursion in a validator or transformer shows here. */
const deeplyNested: fc.Arbitrary<unknown> = fc.integer({ min: 50, max: 600 }).map((depth) => {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
});

/** A value of a type no field expects, or the right type with a hostile content. */
export const garbageValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: awkwardNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [''], ['x', 1, null]) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS_OBJECTS) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 120 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deeplyNested },
);

/** Keys a client should never be able to set, and keys that reach prototypes. */
export const EXTRA_KEYS: readonly string[] = ['fuzzExtra', '__proto__', 'constructor', 'prototype', 'id', 'tenantId', 'version', 'state', 'role', 'userId', ''];

/**
 * Short enough for a URL: node answers 431 itself, before the API sees the request, once the
 * request line and headers pass 16 KiB.
 */
export const urlSized = (text: fc.Arbitrary<string>): fc.Arbitrary<string> => text.map((value) => value.slice(0, 300));

/** encodeURIComponent for any string: a lone surrogate, which it throws on, goes as the UTF-8 of U+FFFD. */
export const percentEncoded = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((byte) => (/[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** A header value node's client will send (latin1, no line breaks) made from hostile text. */
export const headerSafe = (text: string): string => Buffer.from(text, 'utf8').toString('latin1').replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '?');
