import fc from 'fast-check';
import { CalendarErrorCode } from './calendar.exception.js';
import { tokyoDateOf } from './tokyo-date-of.js';
import { tokyoEndOfDay, tokyoStartOfDay } from './tokyo-day-bounds.js';

const isoDates = fc
  .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2049-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

describe('tokyoStartOfDay and tokyoEndOfDay', () => {
  it('starts 2026-04-01 in Tokyo at 2026-03-31T15:00:00.000Z', () => {
    expect(tokyoStartOfDay('2026-04-01').toISOString()).toBe('2026-03-31T15:00:00.000Z');
  });

  it('ends 2026-04-01 in Tokyo at 2026-04-01T14:59:59.999Z', () => {
    expect(tokyoEndOfDay('2026-04-01').toISOString()).toBe('2026-04-01T14:59:59.999Z');
  });

  it('starts New Year 2025 in Tokyo while it is still 2024 in UTC', () => {
    expect(tokyoStartOfDay('2025-01-01').toISOString()).toBe('2024-12-31T15:00:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => tokyoEndOfDay('2025-02-29')).toThrow(expect.objectContaining({ code: CalendarErrorCode.MalformedDate }));
  });

  it('gives instants that lie on that very Tokyo date, and the next millisecond on another', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const end = tokyoEndOfDay(date);
        return (
          tokyoDateOf(tokyoStartOfDay(date)) === date &&
          tokyoDateOf(end) === date &&
          tokyoDateOf(new Date(end.getTime() + 1)) !== date &&
          tokyoDateOf(new Date(tokyoStartOfDay(date).getTime() - 1)) !== date
        );
      }),
    );
  });
});
