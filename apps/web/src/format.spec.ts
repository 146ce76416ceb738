import { eraDateWithWeekday, eraMonth } from './format.js';

describe('dates as the screens show them', () => {
  it('heads a month in the era of its first day, with the western year beside', () => {
    expect(eraMonth(2025, 5)).toBe('令和7年（2025年）5月');
    expect(eraMonth(2019, 4)).toBe('平成31年（2019年）4月');
    expect(eraMonth(2019, 5)).toBe('令和元年（2019年）5月');
  });

  it('writes a day in its era with the weekday', () => {
    expect(eraDateWithWeekday('2025-05-20')).toBe('令和7年5月20日(火)');
  });
});
