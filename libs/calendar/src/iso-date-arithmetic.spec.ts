import { CalendarErrorCode } from './calendar.exception.js';
import { addDays, compareIsoDates, daysBetween } from './iso-date-arithmetic.js';

describe('addDays', () => {
  it.each([
    ['2025-04-03', 30, '2025-05-03'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2025-06-01', 0, '2025-06-01'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses a fraction of a day', () => {
    expect(() => addDays('2025-06-01', 1.5)).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidNumber }));
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(expect.objectContaining({ code: CalendarErrorCode.MalformedDate }));
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-04-03', '2025-05-03', 30],
    ['2026-01-01', '2025-12-31', -1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2025-06-01', '2025-06-01', 0],
  ])('counts from %s to %s as %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('compareIsoDates', () => {
  it('sorts dates across month and year boundaries', () => {
    expect(['2026-01-01', '2025-12-31', '2025-02-01', '2025-10-01'].sort(compareIsoDates)).toEqual([
      '2025-02-01',
      '2025-10-01',
      '2025-12-31',
      '2026-01-01',
    ]);
  });

  it('finds equal dates equal', () => {
    expect(compareIsoDates('2025-06-01', '2025-06-01')).toBe(0);
  });

  it('refuses a malformed date rather than comparing text', () => {
    expect(() => compareIsoDates('2025-6-1', '2025-06-01')).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.MalformedDate }),
    );
  });
});
