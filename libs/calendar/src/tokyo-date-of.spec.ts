import { CalendarErrorCode } from './calendar.exception.js';
import { tokyoDateOf } from './tokyo-date-of.js';

describe('tokyoDateOf', () => {
  it.each([
    ['2026-03-31T14:59:59.999Z', '2026-03-31'],
    ['2026-03-31T15:00:00.000Z', '2026-04-01'],
    ['2025-12-31T14:59:59.999Z', '2025-12-31'],
    ['2025-12-31T15:00:00.000Z', '2026-01-01'],
    ['2025-06-01T00:00:00.000Z', '2025-06-01'],
    ['2025-05-31T20:00:00.000Z', '2025-06-01'],
  ])('reads the instant %s as %s in Tokyo', (instant, expected) => {
    expect(tokyoDateOf(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => tokyoDateOf(new Date('not a date'))).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.MalformedDate }),
    );
  });
});
