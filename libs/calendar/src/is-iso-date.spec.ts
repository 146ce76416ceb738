import { isIsoDate } from './is-iso-date.js';

describe('isIsoDate', () => {
  it.each(['2025-06-01', '2024-02-29', '2000-02-29', '2025-12-31', '2026-01-01'])('accepts the real date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['2025-02-29', 'a 29 February outside a leap year'],
    ['2100-02-29', 'a 29 February in a century year that is not a leap year'],
    ['2025-04-31', 'a 31st in a 30-day month'],
    ['2025-13-01', 'a thirteenth month'],
    ['2025-00-10', 'a month zero'],
    ['2025-06-00', 'a day zero'],
    ['2025-6-1', 'digits without zero padding'],
    ['2025/06/01', 'slashes'],
    ['2025-06-01T00:00:00Z', 'an instant'],
    [' 2025-06-01', 'surrounding whitespace'],
    ['', 'an empty string'],
  ])('refuses %s (%s)', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([[20250601], [null], [undefined], [{}]])('refuses the non-string %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});
