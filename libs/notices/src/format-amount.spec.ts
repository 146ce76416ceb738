import { formatAmount } from './format-amount.js';

describe('formatAmount', () => {
  it.each([
    [0, '金0円'],
    [999, '金999円'],
    [1_000, '金1,000円'],
    [123_456, '金123,456円'],
    [1_234_567, '金1,234,567円'],
  ])('writes %i yen as %s', (yen, text) => {
    expect(formatAmount(yen)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p, which is not whole yen', (yen) => {
    expect(() => formatAmount(yen)).toThrow(RangeError);
  });
});
