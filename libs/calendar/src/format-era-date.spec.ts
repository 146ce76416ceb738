import { CalendarErrorCode } from './calendar.exception.js';
import { formatEraDate } from './format-era-date.js';

describe('formatEraDate', () => {
  it.each([
    ['2025-06-01', '令和7年6月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2020-01-01', '令和2年1月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
  ])('writes %s as %s', (date, expected) => {
    expect(formatEraDate(date)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatEraDate('2019-02-29')).toThrow(expect.objectContaining({ code: CalendarErrorCode.MalformedDate }));
  });
});
