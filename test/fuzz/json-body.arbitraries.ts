import fc from 'fast-check';
import { EXTRA_KEYS, garbageValue, withOwnKey } from './garbage.arbitraries.js';

type JsonPath = ReadonlyArray<string | number>;

/** A request body, and what in it was broken: the names a 400 should mention, or `unknown`. */
export interface FuzzBody {
  bytes: Buffer;
  contentType: string;
  /** Field names the request broke; a 400 must name one of them. `unknown` when nothing predicts the message. */
  broken: string[] | 'unknown';
  /** Said in a failure report. */
  description: string;
}

/** Every path into a JSON value, the root first: what a mutation may aim at. */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return [prefix];
}

const namesOf = (path: JsonPath): string[] => path.filter((segment): segment is string => typeof segment === 'string');

type Mutation = { kind: 'delete'; path: JsonPath } | { kind: 'replace'; path: JsonPath; value: unknown } | { kind: 'addKey'; path: JsonPath; key: string; value: unknown };

function mutated(template: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(template);
  const { path } = mutation;
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value;
    if (mutation.kind === 'addKey' && copy !== null && typeof copy === 'object' && !Array.isArray(copy)) return withOwnKey(copy, mutation.key, mutation.value);
    return copy;
  }
  const parent = path.slice(0, -1).reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], copy) as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (mutation.kind === 'replace') {
    if (Array.isArray(parent)) parent[last as number] = mutation.value;
    else withOwnKey(parent, String(last), mutation.value);
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) withOwnKey(target, mutation.key, mutation.value);
    else if (Array.isArray(target)) target.push(withOwnKey({}, mutation.key, mutation.value));
  }
  return copy;
}

function mutationArbitrary(template: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(template);
  const inner = paths.filter((path) => path.length > 0);
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    ...(inner.length > 0 ? [fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...inner) })] : []),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: garbageValue }) },
    fc.record({ kind: fc.constant('addKey' as const), path, key: fc.constantFrom(...EXTRA_KEYS), value: garbageValue }),
  );
}

function describeMutation(mutation: Mutation): string {
  const at = mutation.path.length === 0 ? '(root)' : mutation.path.join('.');
  if (mutation.kind === 'delete') return `without ${at}`;
  const shown = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text;
  };
  return mutation.kind === 'replace' ? `${at} = ${shown(mutation.value)}` : `${at} plus key ${JSON.stringify(mutation.key)} = ${shown(mutation.value)}`;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value) ?? 'null');

/** Bytes that are not the JSON they claim to be, or JSON under another content type. */
const malformedBodies: fc.Arbitrary<FuzzBody> = fc
  .constantFrom<[string, string | Buffer]>(
    ['application/json', '{'],
    ['application/json', '{"a":1,}'],
    ['application/json', "{'a':1}"],
    ['application/json', 'NaN'],
    ['application/json', '"just a string"'],
    ['application/json', '123'],
    ['application/json', 'null'],
    ['application/json', '{"amount": 1e400}'],
    ['application/json', '\ufeff{"a":1}'],
    ['application/json', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
    ['application/json', `${'['.repeat(30_000)}${']'.repeat(30_000)}`],
    ['application/json', `{"a":"${'x'.repeat(200_000)}"}`],
    ['application/json; charset=utf-16', '{"a":1}'],
    ['application/json; charset=latin1', '{"a":"\u00e9"}'],
    ['text/plain', '{"type":"ADD_NOTE","note":"x"}'],
    ['application/x-www-form-urlencoded', `type=ADD_NOTE&note=x&__proto__[${'fuzzPolluted'}]=1&a[constructor][prototype][fuzzPolluted]=1`],
    ['application/x-www-form-urlencoded', 'a=%E0%A4%A&b'],
    ['application/xml', '<a>1</a>'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
    ['multipart/form-data', 'no boundary'],
  )
  .map(([contentType, body]) => ({
    bytes: Buffer.isBuffer(body) ? body : Buffer.from(body),
    contentType,
    broken: 'unknown' as const,
    description: `${contentType}: ${String(body).slice(0, 60)}`,
  }));

/**
 * Bodies near a valid one: the template with one field deleted, replaced by garbage (wrong
 * type, null, huge or hostile text, an array, prototype keys) or joined by an extra key; now
 * and then the template itself; and bodies of the wrong shape or not JSON at all.
 */
export function nearValidBody(template: unknown): fc.Arbitrary<FuzzBody> {
  const mutatedBody = mutationArbitrary(template).map((mutation) => ({
    bytes: json(mutated(template, mutation)),
    contentType: 'application/json',
    broken: mutation.path.length === 0 && mutation.kind !== 'addKey' ? ('unknown' as const) : [...namesOf(mutation.path), ...(mutation.kind === 'addKey' ? [mutation.key] : [])],
    description: describeMutation(mutation),
  }));
  const wholeBody = fc.constantFrom<unknown>([], [template], {}, null).map((value) => ({
    bytes: json(value),
    contentType: 'application/json',
    broken: 'unknown' as const,
    description: `the whole body is ${JSON.stringify(value).slice(0, 60)}`,
  }));
  // The template a quarter of the time, so the use cases behind validation (and their refusals) are reached too.
  return fc.oneof(
    { weight: 9, arbitrary: mutatedBody },
    { weight: 4, arbitrary: fc.constant<FuzzBody>({ bytes: json(template), contentType: 'application/json', broken: [], description: 'the valid template' }) },
    { weight: 1, arbitrary: wholeBody },
    { weight: 2, arbitrary: malformedBodies },
  );
}

/** For routes that take no body: none, or garbage a client might send anyway. */
export const noBody: fc.Arbitrary<FuzzBody | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: nearValidBody({ fuzzExtra: 'x' }) },
);
