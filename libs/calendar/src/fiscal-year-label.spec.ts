import { fiscalYearLabel } from './fiscal-year-label.js';

describe('fiscalYearLabel', () => {
  it.each([
    [2025, '令和7年度'],
    [2020, '令和2年度'],
    [2019, '令和元年度'],
    [2018, '平成30年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
  ])('names FY%i %s', (fiscalYear, expected) => {
    expect(fiscalYearLabel(fiscalYear)).toBe(expected);
  });
});
