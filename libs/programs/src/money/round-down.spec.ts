import { ProgramsErrorCode } from '../programs.exception.js';
import { floorTo1000, floorToYen, roundDown } from './round-down.js';

const exact = (numerator: bigint, denominator: bigint) => ({ numerator, denominator });

describe('rounding', () => {
  it('floorToYen drops the fraction of a yen (円未満切り捨て)', () => {
    expect(floorToYen(exact(320_000n, 3n))).toBe(106_666);
    expect(floorToYen(exact(199_999n, 2n))).toBe(99_999);
  });

  it('floorTo1000 drops what is below 1,000 yen (千円未満切り捨て)', () => {
    expect(floorTo1000(exact(320_000n, 3n))).toBe(106_000);
    expect(floorTo1000(exact(999n, 1n))).toBe(0);
    expect(floorTo1000(exact(2_000n, 1n))).toBe(2_000);
  });

  it('leaves an exact whole amount as it is', () => {
    expect(floorToYen(exact(50_000n, 1n))).toBe(50_000);
    expect(roundDown(exact(150_000n, 1n), 'floorTo1000')).toBe(150_000);
  });

  it('applies the rounding the program names', () => {
    expect(roundDown(exact(1_999_999n, 2n), 'floorToYen')).toBe(999_999);
    expect(roundDown(exact(1_999_999n, 2n), 'floorTo1000')).toBe(999_000);
  });

  it.each([
    ['a negative amount', exact(-1n, 3n)],
    ['a zero denominator', exact(1n, 0n)],
    ['a negative denominator', exact(1n, -3n)],
  ])('refuses %s', (_, value) => {
    expect(() => floorToYen(value)).toThrow(expect.objectContaining({ code: ProgramsErrorCode.InvalidAmount }));
  });

  it('refuses a result beyond the safe integer range rather than lose yen', () => {
    expect(() => floorToYen(exact(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 1n))).toThrow(/beyond the safe integer range/);
  });
});
