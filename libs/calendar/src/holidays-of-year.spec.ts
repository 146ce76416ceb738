import { holidaysOfYear } from './holidays-of-year.js';
import { MunicipalCalendar } from './municipal-calendar.js';
import { NATIONAL_HOLIDAY_YEARS } from './national-holiday-name.js';

describe('holidaysOfYear', () => {
  it('lists the national holidays and 年末年始 of 2025 in date order, a holiday named before 年末年始', () => {
    const holidays = holidaysOfYear(2025);
    expect(holidays.slice(0, 4)).toEqual([
      { date: '2025-01-01', name: '元日' },
      { date: '2025-01-02', name: '年末年始' },
      { date: '2025-01-03', name: '年末年始' },
      { date: '2025-01-13', name: '成人の日' },
    ]);
    expect(holidays.filter((holiday) => holiday.date.startsWith('2025-05'))).toEqual([
      { date: '2025-05-03', name: '憲法記念日' },
      { date: '2025-05-04', name: 'みどりの日' },
      { date: '2025-05-05', name: 'こどもの日' },
      { date: '2025-05-06', name: 'こどもの日 振替休日' },
    ]);
    expect(holidays.slice(-3).map((holiday) => holiday.date)).toEqual(['2025-12-29', '2025-12-30', '2025-12-31']);
    expect(holidays.map((holiday) => holiday.date)).toEqual(holidays.map((holiday) => holiday.date).sort());
  });

  it('names each day as the municipal calendar gives its reason for closing', () => {
    const calendar = new MunicipalCalendar();
    for (const { date, name } of holidaysOfYear(2026)) expect(calendar.closureReason(date)).toBe(name);
  });

  it('covers the years of the holiday table and refuses a year that is not a whole number', () => {
    expect(NATIONAL_HOLIDAY_YEARS).toEqual({ first: 1970, last: 2050 });
    expect(holidaysOfYear(2050).some((holiday) => holiday.name === '元日')).toBe(true);
    expect(() => holidaysOfYear(2025.5)).toThrow('year must be a whole number');
  });
});
