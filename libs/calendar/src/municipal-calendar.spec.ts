import fc from 'fast-check';
import { CalendarErrorCode } from './calendar.exception.js';
import { MunicipalCalendar } from './municipal-calendar.js';

// Weekdays and holidays below were checked against a printed 2025–2027 Japanese calendar
// and the @holiday-jp/holiday_jp table.
const calendar = new MunicipalCalendar();

const isoDates = fc
  .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2049-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

describe('MunicipalCalendar', () => {
  describe('closureReason', () => {
    it.each([
      ['2025-04-29', '昭和の日'],
      ['2025-05-03', '憲法記念日'], // a Saturday, named by its holiday
      ['2025-05-06', 'こどもの日 振替休日'],
      ['2025-11-24', '勤労感謝の日 振替休日'],
      ['2026-09-22', '休日'], // 国民の休日 between 敬老の日 and 秋分の日
      ['2026-01-01', '元日'],
      ['2025-12-29', '年末年始'],
      ['2025-12-30', '年末年始'],
      ['2026-01-02', '年末年始'],
      ['2026-01-03', '年末年始'], // also a Saturday
      ['2025-05-10', '土曜日'],
      ['2025-05-11', '日曜日'],
    ])('closes %s for %s', (date, reason) => {
      expect(calendar.closureReason(date)).toBe(reason);
      expect(calendar.isClosed(date)).toBe(true);
    });

    it.each(['2025-04-30', '2025-05-02', '2025-05-07', '2025-12-26', '2026-12-28', '2027-01-04'])(
      'keeps the office open on %s',
      (date) => {
        expect(calendar.closureReason(date)).toBeNull();
        expect(calendar.isClosed(date)).toBe(false);
      },
    );

    it('refuses a malformed date', () => {
      expect(() => calendar.closureReason('2025/05/03')).toThrow(
        expect.objectContaining({ code: CalendarErrorCode.MalformedDate }),
      );
    });
  });

  describe('nextOpenDay', () => {
    it.each([
      // Golden Week 2025: 4/29 (Tue) 昭和の日, 5/3 (Sat) – 5/6 (Tue, 振替休日) closed.
      ['2025-04-29', '2025-04-30'],
      ['2025-05-02', '2025-05-02'],
      ['2025-05-03', '2025-05-07'],
      ['2025-05-04', '2025-05-07'],
      ['2025-05-05', '2025-05-07'],
      ['2025-05-06', '2025-05-07'],
      // New Year 2025/26: 12/27 (Sat) to 1/4 (Sun) closed, 1/5 (Mon) open.
      ['2025-12-27', '2026-01-05'],
      ['2025-12-30', '2026-01-05'],
      ['2026-01-02', '2026-01-05'],
      // New Year 2026/27: 12/29 (Tue) to 1/3 (Sun) closed; 1/4 (Mon) is no holiday (成人の日 is 1/11).
      ['2026-12-28', '2026-12-28'],
      ['2026-12-29', '2027-01-04'],
      // 勤労感謝の日 2025 fell on a Sunday: Saturday to its 振替休日 on Monday 11/24.
      ['2025-11-22', '2025-11-25'],
      // Silver Week 2026: Saturday 9/19 to 秋分の日 9/23 (Wed).
      ['2026-09-19', '2026-09-24'],
    ])('moves a deadline on %s to %s', (date, expected) => {
      expect(calendar.nextOpenDay(date)).toBe(expected);
    });

    it('is never before the date, never closed, and the date itself when open', () => {
      fc.assert(
        fc.property(isoDates, fc.uniqueArray(isoDates, { maxLength: 20 }), (date, extraClosedDays) => {
          const tenantCalendar = new MunicipalCalendar({ extraClosedDays });
          const openDay = tenantCalendar.nextOpenDay(date);
          return (
            openDay >= date &&
            !tenantCalendar.isClosed(openDay) &&
            (tenantCalendar.isClosed(date) || openDay === date)
          );
        }),
      );
    });
  });

  describe('addOpenDays', () => {
    it.each([
      ['2025-05-02', 1, '2025-05-07'], // Friday, then Golden Week
      ['2025-05-01', 3, '2025-05-08'], // 5/2, 5/7, 5/8
      ['2025-04-28', 5, '2025-05-08'], // 4/30, 5/1, 5/2, 5/7, 5/8 (4/29 昭和の日 skipped)
      ['2025-11-21', 1, '2025-11-25'], // Friday, then Sat, Sun 勤労感謝の日, Mon 振替休日
      ['2025-05-03', 1, '2025-05-07'], // counting from a closed day
      ['2025-12-26', 1, '2026-01-05'], // Friday before 年末年始
      ['2025-05-03', 0, '2025-05-03'], // zero open days is the date unchanged
    ])('counts from %s %i open days to %s', (date, openDays, expected) => {
      expect(calendar.addOpenDays(date, openDays)).toBe(expected);
    });

    it.each([-1, 1.5, Number.NaN])('refuses %p open days', (openDays) => {
      expect(() => calendar.addOpenDays('2025-05-02', openDays)).toThrow(
        expect.objectContaining({ code: CalendarErrorCode.InvalidNumber }),
      );
    });
  });

  describe('extra closures of the tenant', () => {
    const tenantCalendar = new MunicipalCalendar({ extraClosedDays: ['2025-05-07', '2025-06-02'] });

    it('closes a weekday the tenant closes, as 臨時休業', () => {
      expect(tenantCalendar.closureReason('2025-06-02')).toBe('臨時休業');
    });

    it('moves a deadline on 2025-05-03 past a closed 2025-05-07 to 2025-05-08', () => {
      expect(tenantCalendar.nextOpenDay('2025-05-03')).toBe('2025-05-08');
    });

    it('skips the closed 2025-05-07 when counting one open day from 2025-05-02', () => {
      expect(tenantCalendar.addOpenDays('2025-05-02', 1)).toBe('2025-05-08');
    });

    it('leaves other tenants open that day', () => {
      expect(calendar.isClosed('2025-06-02')).toBe(false);
    });

    it.each([['2025-02-29'], ['2025-6-2'], ['']])('refuses the malformed extra closure %p', (date) => {
      expect(() => new MunicipalCalendar({ extraClosedDays: ['2025-06-02', date] })).toThrow(
        expect.objectContaining({ code: CalendarErrorCode.MalformedDate, message: expect.stringContaining('extraClosedDays[1]') }),
      );
    });
  });
});
