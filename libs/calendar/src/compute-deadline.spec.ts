import fc from 'fast-check';
import { CalendarErrorCode } from './calendar.exception.js';
import { computeDeadline } from './compute-deadline.js';
import type { DeadlineRule } from './deadline-rule.js';
import { MunicipalCalendar } from './municipal-calendar.js';

// Weekdays and holidays below were checked against a printed 2025–2027 Japanese calendar
// and the @holiday-jp/holiday_jp table.
const calendar = new MunicipalCalendar();

const reportDue: DeadlineRule = {
  kind: 'earliestOf',
  rules: [
    { kind: 'daysAfter', days: 30 },
    { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 },
  ],
};

describe('computeDeadline', () => {
  describe('daysAfter', () => {
    it('moves 30 days after 2025-04-03 (2025-05-03, Golden Week) to 2025-05-07', () => {
      expect(computeDeadline({ kind: 'daysAfter', days: 30 }, '2025-04-03', calendar)).toBe('2025-05-07');
    });

    it('moves 14 days after 2025-12-16 (2025-12-30, 年末年始) to 2026-01-05', () => {
      expect(computeDeadline({ kind: 'daysAfter', days: 14 }, '2025-12-16', calendar)).toBe('2026-01-05');
    });

    it('keeps 0 days after an open day on that day, and moves it from a closed one', () => {
      expect(computeDeadline({ kind: 'daysAfter', days: 0 }, '2025-05-02', calendar)).toBe('2025-05-02');
      expect(computeDeadline({ kind: 'daysAfter', days: 0 }, '2025-05-03', calendar)).toBe('2025-05-07');
    });
  });

  describe('openDaysAfter', () => {
    it('counts 3 open days from 2025-05-01 across Golden Week to 2025-05-08', () => {
      expect(computeDeadline({ kind: 'openDaysAfter', days: 3 }, '2025-05-01', calendar)).toBe('2025-05-08');
    });

    it('counts 1 open day from Friday 2025-11-21 across a weekend and a 振替休日 to 2025-11-25', () => {
      expect(computeDeadline({ kind: 'openDaysAfter', days: 1 }, '2025-11-21', calendar)).toBe('2025-11-25');
    });
  });

  describe('fixedDateAfterFiscalYearEnd', () => {
    const tenthOfApril: DeadlineRule = { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 };

    it.each([
      ['2025-11-20', '2026-04-10'],
      ['2025-04-01', '2026-04-10'],
      ['2026-03-31', '2026-04-10'],
      // FY2026: 2027-04-10 is a Saturday, so the following Monday.
      ['2026-04-01', '2027-04-12'],
    ])('sets 10 April after the fiscal year of %s on %s', (from, expected) => {
      expect(computeDeadline(tenthOfApril, from, calendar)).toBe(expected);
    });

    it('moves 31 May after FY2025 (Sunday 2026-05-31) to 2026-06-01', () => {
      expect(computeDeadline({ kind: 'fixedDateAfterFiscalYearEnd', month: 5, day: 31 }, '2025-06-01', calendar)).toBe(
        '2026-06-01',
      );
    });

    it('takes a January date from the calendar year after the one the fiscal year ends in', () => {
      // First 31 January after 2026-03-31 is 2027-01-31, a Sunday.
      expect(computeDeadline({ kind: 'fixedDateAfterFiscalYearEnd', month: 1, day: 31 }, '2025-11-20', calendar)).toBe(
        '2027-02-01',
      );
    });
  });

  describe('onDate', () => {
    it('moves a window closing on Saturday 2026-01-03 to 2026-01-05', () => {
      expect(computeDeadline({ kind: 'onDate', date: '2026-01-03' }, '2025-12-01', calendar)).toBe('2026-01-05');
    });

    it('keeps an open closing day 2026-03-31 as it is', () => {
      expect(computeDeadline({ kind: 'onDate', date: '2026-03-31' }, '2025-12-01', calendar)).toBe('2026-03-31');
    });
  });

  describe('earliestOf: 30 days after completion or 10 April after the fiscal year', () => {
    it.each([
      // 2026-04-19 (Sunday) vs 2026-04-10 (Friday): 10 April comes first.
      ['2026-03-20', '2026-04-10'],
      // 2026-03-31 (Tuesday) vs 2026-04-10: 30 days comes first.
      ['2026-03-01', '2026-03-31'],
      // 2026-04-04 (Saturday) vs 2026-04-10: the earlier date is moved to Monday 2026-04-06.
      ['2026-03-05', '2026-04-06'],
      // FY2026: 2026-05-15 (Friday) vs 2027-04-10.
      ['2026-04-15', '2026-05-15'],
      // 2025-05-03 (Golden Week) vs 2026-04-10: moved to 2025-05-07.
      ['2025-04-03', '2025-05-07'],
    ])('sets the report of a project completed on %s due on %s', (completion, expected) => {
      expect(computeDeadline(reportDue, completion, calendar)).toBe(expected);
    });

    it('moves past a tenant closure on 2026-04-10 to Monday 2026-04-13', () => {
      const tenantCalendar = new MunicipalCalendar({ extraClosedDays: ['2026-04-10'] });
      expect(computeDeadline(reportDue, '2026-03-20', tenantCalendar)).toBe('2026-04-13');
    });

    it('takes the earliest across nested rules', () => {
      const rule: DeadlineRule = {
        kind: 'earliestOf',
        rules: [reportDue, { kind: 'onDate', date: '2026-04-08' }],
      };
      expect(computeDeadline(rule, '2026-03-20', calendar)).toBe('2026-04-08');
    });
  });

  describe('refusals', () => {
    it('refuses a start date that does not exist', () => {
      expect(() => computeDeadline({ kind: 'daysAfter', days: 30 }, '2026-02-29', calendar)).toThrow(
        expect.objectContaining({ code: CalendarErrorCode.MalformedDate }),
      );
    });

    it('refuses a rule with a negative number of days, naming the problem', () => {
      expect(() => computeDeadline({ kind: 'daysAfter', days: -1 }, '2026-03-20', calendar)).toThrow(
        expect.objectContaining({
          code: CalendarErrorCode.InvalidDeadlineRule,
          message: 'rule.days must be a whole number ≥ 0, got -1',
        }),
      );
    });

    it('refuses an empty earliestOf', () => {
      expect(() => computeDeadline({ kind: 'earliestOf', rules: [] }, '2026-03-20', calendar)).toThrow(
        expect.objectContaining({ code: CalendarErrorCode.InvalidDeadlineRule }),
      );
    });
  });

  describe('properties', () => {
    const isoDates = fc
      .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2045-12-31T00:00:00Z'), noInvalidDate: true })
      .map((instant) => instant.toISOString().slice(0, 10));

    const { rule: deadlineRules } = fc.letrec<{ rule: DeadlineRule }>((tie) => ({
      rule: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ kind: fc.constant('daysAfter' as const), days: fc.integer({ min: 0, max: 400 }) }),
        fc.record({ kind: fc.constant('openDaysAfter' as const), days: fc.integer({ min: 0, max: 60 }) }),
        fc.record({
          kind: fc.constant('fixedDateAfterFiscalYearEnd' as const),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
        }),
        fc.record({ kind: fc.constant('onDate' as const), date: isoDates }),
        fc.record({
          kind: fc.constant('earliestOf' as const),
          rules: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }),
        }),
      ),
    }));

    it('never returns a closed day, nor a day before the start for relative rules', () => {
      fc.assert(
        fc.property(deadlineRules, isoDates, fc.uniqueArray(isoDates, { maxLength: 10 }), (rule, from, extraClosedDays) => {
          const tenantCalendar = new MunicipalCalendar({ extraClosedDays });
          const deadline = computeDeadline(rule, from, tenantCalendar);
          return !tenantCalendar.isClosed(deadline) && (rule.kind !== 'daysAfter' || deadline >= from);
        }),
      );
    });
  });
});
