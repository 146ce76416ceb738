import { accountsCloseDate } from './accounts-close-date.js';

describe('accountsCloseDate', () => {
  it.each([
    [2025, '2026-05-31'],
    [2026, '2027-05-31'],
  ])('closes the accounts of FY%i on %s', (fiscalYear, expected) => {
    expect(accountsCloseDate(fiscalYear)).toBe(expected);
  });
});
