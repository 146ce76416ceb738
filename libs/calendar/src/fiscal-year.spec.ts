import { CalendarErrorCode } from './calendar.exception.js';
import { fiscalYearEnd, fiscalYearOf, fiscalYearOfInstant, fiscalYearStart } from './fiscal-year.js';

describe('fiscalYearOf', () => {
  it.each([
    ['2025-04-01', 2025],
    ['2025-12-31', 2025],
    ['2026-01-01', 2025],
    ['2026-03-31', 2025],
    ['2026-04-01', 2026],
  ])('puts %s in fiscal year %i', (date, expected) => {
    expect(fiscalYearOf(date)).toBe(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => fiscalYearOf('2026-04-31')).toThrow(expect.objectContaining({ code: CalendarErrorCode.MalformedDate }));
  });
});

describe('fiscalYearOfInstant', () => {
  it('keeps the last millisecond of 31 March in Tokyo (2026-03-31T14:59:59.999Z) in FY2025', () => {
    expect(fiscalYearOfInstant(new Date('2026-03-31T14:59:59.999Z'))).toBe(2025);
  });

  it('puts midnight of 1 April in Tokyo (2026-03-31T15:00:00Z) in FY2026, though it is still 31 March in UTC', () => {
    expect(fiscalYearOfInstant(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
  });

  it('puts 2026-03-31T15:30Z, already 1 April in Tokyo, in FY2026', () => {
    expect(fiscalYearOfInstant(new Date('2026-03-31T15:30:00Z'))).toBe(2026);
  });
});

describe('fiscalYearStart and fiscalYearEnd', () => {
  it('runs FY2025 from 2025-04-01 to 2026-03-31', () => {
    expect([fiscalYearStart(2025), fiscalYearEnd(2025)]).toEqual(['2025-04-01', '2026-03-31']);
  });

  it('refuses a fiscal year that is not a whole number', () => {
    expect(() => fiscalYearStart(2025.5)).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidNumber }));
  });
});
