import { addMonths, dateAfterKey, sameDayIn, weekdayOf, weeksOf } from './month-grid.js';

describe('the month grid of the closed days calendar', () => {
  it('lays May 2025 out from Sunday: the 1st a Thursday, five weeks, the places of April and June empty', () => {
    const weeks = weeksOf({ year: 2025, month: 5 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, null, '2025-05-01', '2025-05-02', '2025-05-03']);
    expect(weeks[4]).toEqual(['2025-05-25', '2025-05-26', '2025-05-27', '2025-05-28', '2025-05-29', '2025-05-30', '2025-05-31']);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('gives a February that starts on Sunday four weeks, and one of six weeks where the month needs them', () => {
    expect(weeksOf({ year: 2026, month: 2 })).toHaveLength(4);
    expect(weeksOf({ year: 2025, month: 8 })).toHaveLength(6);
  });

  it('counts weekdays from Sunday', () => {
    expect(['2025-05-04', '2025-05-05', '2025-05-10'].map(weekdayOf)).toEqual([0, 1, 6]);
  });

  it('moves by months across years, keeping the day or taking the shorter month’s last', () => {
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths({ year: 2025, month: 5 }, -17)).toEqual({ year: 2023, month: 12 });
    expect(sameDayIn('2025-01-31', { year: 2025, month: 2 })).toBe('2025-02-28');
    expect(sameDayIn('2024-03-30', { year: 2024, month: 2 })).toBe('2024-02-29');
  });

  it.each([
    ['ArrowRight', false, '2025-05-21'],
    ['ArrowLeft', false, '2025-05-19'],
    ['ArrowDown', false, '2025-05-27'],
    ['ArrowUp', false, '2025-05-13'],
    ['Home', false, '2025-05-18'],
    ['End', false, '2025-05-24'],
    ['PageDown', false, '2025-06-20'],
    ['PageUp', false, '2025-04-20'],
    ['PageDown', true, '2026-05-20'],
    ['PageUp', true, '2024-05-20'],
  ])('moves the choice from Tuesday 2025-05-20 with %s (shift %s) to %s', (key, shift, expected) => {
    expect(dateAfterKey('2025-05-20', key, shift)).toBe(expected);
  });

  it('crosses into the next month from the last day, and leaves other keys to the page', () => {
    expect(dateAfterKey('2025-05-31', 'ArrowRight', false)).toBe('2025-06-01');
    expect(dateAfterKey('2025-05-29', 'ArrowDown', false)).toBe('2025-06-05');
    expect(dateAfterKey('2025-05-20', 'Enter', false)).toBeNull();
    expect(dateAfterKey('2025-05-20', 'Tab', false)).toBeNull();
  });
});
