import { AuditErrorCode } from './audit.exception.js';
import { toStoredJson } from './stored-json.js';

describe('toStoredJson', () => {
  it('gives the payload as jsonb gives it back: dates as ISO strings, no undefined members, -0 as 0', () => {
    const stored = toStoredJson({
      on: new Date('2025-04-01T00:00:00Z'),
      skipped: undefined,
      zero: -0,
      list: [1, undefined, 'a'],
      nested: { b: 1, a: [true, null] },
    });
    expect(stored).toEqual({ on: '2025-04-01T00:00:00.000Z', zero: 0, list: [1, null, 'a'], nested: { a: [true, null], b: 1 } });
    expect(Object.is((stored as { zero: number }).zero, 0)).toBe(true);
  });

  it('keeps numbers that jsonb stores as exact decimals the same double when read back', () => {
    const stored = toStoredJson({ big: 1e21, small: 1e-7, third: 1 / 3, max: Number.MAX_SAFE_INTEGER });
    expect(stored).toEqual({ big: 1e21, small: 1e-7, third: 1 / 3, max: Number.MAX_SAFE_INTEGER });
  });

  it.each<[string, Record<string, unknown>]>([
    ['NaN', { amount: Number.NaN }],
    ['Infinity', { amount: Number.POSITIVE_INFINITY }],
    ['a bigint', { amount: 1n }],
    ['a function', { run: () => 1 }],
    ['a lone surrogate', { note: '\uD800' }],
    ['the NUL character, which jsonb refuses', { note: 'a\u0000b' }],
  ])('refuses %s', (_what, payload) => {
    expect(() => toStoredJson(payload)).toThrow(expect.objectContaining({ code: AuditErrorCode.PayloadNotJson }));
  });

  it('refuses a payload that is not an object', () => {
    expect(() => toStoredJson([1, 2] as unknown as Record<string, unknown>)).toThrow(/not a JSON object/);
  });
});
