import { fiscalYearEraCode } from './fiscal-year-era-code.js';

describe('fiscalYearEraCode', () => {
  it.each([
    [2025, 'R7'],
    [2019, 'R1'],
    [2018, 'H30'],
    [1989, 'H1'],
    [1988, 'S63'],
  ])('abbreviates FY%i as %s', (fiscalYear, code) => {
    expect(fiscalYearEraCode(fiscalYear)).toBe(code);
  });
});
