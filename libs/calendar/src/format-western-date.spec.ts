import { formatWesternDate } from './format-western-date.js';

describe('formatWesternDate', () => {
  it.each([
    ['2025-06-01', '2025年6月1日'],
    ['2026-12-31', '2026年12月31日'],
  ])('writes %s as %s', (date, expected) => {
    expect(formatWesternDate(date)).toBe(expected);
  });
});
