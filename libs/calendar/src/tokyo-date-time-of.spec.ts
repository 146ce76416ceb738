import { CalendarErrorCode } from './calendar.exception.js';
import { tokyoDateTimeOf } from './tokyo-date-time-of.js';

describe('tokyoDateTimeOf', () => {
  it.each([
    ['2025-05-01T03:00:00.000Z', '2025-05-01 12:00'],
    ['2026-03-31T14:59:59.999Z', '2026-03-31 23:59'],
    ['2026-03-31T15:00:00.000Z', '2026-04-01 00:00'],
    ['2025-12-31T15:05:30.000Z', '2026-01-01 00:05'],
    ['2025-06-01T00:09:00.000Z', '2025-06-01 09:09'],
  ])('reads the instant %s as %s in Tokyo', (instant, expected) => {
    expect(tokyoDateTimeOf(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => tokyoDateTimeOf(new Date('not a date'))).toThrow(expect.objectContaining({ code: CalendarErrorCode.MalformedDate }));
  });
});
