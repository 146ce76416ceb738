import { formatRatePerYear } from './format-rate-per-year.js';

describe('formatRatePerYear', () => {
  it.each([
    [1095, 10_000, '年10.95パーセント'],
    [3, 100, '年3パーセント'],
    [1, 8, '年12.5パーセント'],
    [1, 3, '年3分の1'],
  ])('writes %i/%i a year as %s', (numerator, denominator, text) => {
    expect(formatRatePerYear({ numerator, denominator })).toBe(text);
  });
});
