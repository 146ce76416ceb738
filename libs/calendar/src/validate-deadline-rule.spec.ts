import { validateDeadlineRule } from './validate-deadline-rule.js';

describe('validateDeadlineRule', () => {
  it.each([
    [{ kind: 'daysAfter', days: 30 }],
    [{ kind: 'daysAfter', days: 0 }],
    [{ kind: 'openDaysAfter', days: 10 }],
    [{ kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 }],
    [{ kind: 'fixedDateAfterFiscalYearEnd', month: 2, day: 28 }],
    [{ kind: 'onDate', date: '2026-03-31' }],
    [
      {
        kind: 'earliestOf',
        rules: [
          { kind: 'daysAfter', days: 30 },
          { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 },
        ],
      },
    ],
  ])('finds nothing wrong with %j', (rule) => {
    expect(validateDeadlineRule(rule)).toEqual([]);
  });

  it.each([
    [{ kind: 'daysAfter', days: -1 }, 'rule.days must be a whole number ≥ 0, got -1'],
    [{ kind: 'openDaysAfter', days: 1.5 }, 'rule.days must be a whole number ≥ 0, got 1.5'],
    [{ kind: 'daysAfter', days: '30' }, 'rule.days must be a whole number ≥ 0, got "30"'],
    [{ kind: 'daysAfter' }, 'rule.days must be a whole number ≥ 0, got nothing'],
    [
      { kind: 'fixedDateAfterFiscalYearEnd', month: 2, day: 30 },
      'rule month/day 2/30 is not a date that exists every year',
    ],
    [
      { kind: 'fixedDateAfterFiscalYearEnd', month: 2, day: 29 },
      'rule month/day 2/29 is not a date that exists every year',
    ],
    [
      { kind: 'fixedDateAfterFiscalYearEnd', month: 13, day: 1 },
      'rule month/day 13/1 is not a date that exists every year',
    ],
    [
      { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10.5 },
      'rule month/day 4/10.5 is not a date that exists every year',
    ],
    [{ kind: 'onDate', date: '2025-02-29' }, 'rule.date must be a real YYYY-MM-DD date, got "2025-02-29"'],
    [{ kind: 'earliestOf', rules: [] }, 'rule.rules must be a non-empty list of rules'],
    [
      { kind: 'weeksAfter', weeks: 2 },
      'rule.kind "weeksAfter" is not one of daysAfter, openDaysAfter, fixedDateAfterFiscalYearEnd, onDate, earliestOf',
    ],
    [null, 'rule must be an object with a kind'],
    [[], 'rule must be an object with a kind'],
  ])('finds fault with %j', (rule, problem) => {
    expect(validateDeadlineRule(rule)).toEqual([problem]);
  });

  it('reports every problem inside earliestOf with its position', () => {
    const rule = {
      kind: 'earliestOf',
      rules: [
        { kind: 'daysAfter', days: 30 },
        { kind: 'daysAfter', days: -3 },
        { kind: 'earliestOf', rules: [{ kind: 'onDate', date: '2026-13-01' }] },
      ],
    };
    expect(validateDeadlineRule(rule, 'reportDeadline')).toEqual([
      'reportDeadline.rules[1].days must be a whole number ≥ 0, got -3',
      'reportDeadline.rules[2].rules[0].date must be a real YYYY-MM-DD date, got "2026-13-01"',
    ]);
  });
});
