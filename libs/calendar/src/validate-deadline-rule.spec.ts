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
    expect(validateDeadlineRule(rule).map((each) => each.text.en)).toEqual([problem]);
  });

  it.each([
    [{ kind: 'daysAfter', days: -1 }, 'rule.days', '実績報告の期限の日数（rule.days）は0以上の整数で入力してください（入力: -1）。'],
    [{ kind: 'daysAfter' }, 'rule.days', '実績報告の期限の日数（rule.days）は0以上の整数で入力してください（入力なし）。'],
    [
      { kind: 'fixedDateAfterFiscalYearEnd', month: 2, day: 29 },
      'rule.day',
      '実績報告の期限の日（rule.day）は、2月に毎年ある日にしてください（入力: 29）。2月29日は毎年はないため使えません。',
    ],
    [{ kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 31 }, 'rule.day', '実績報告の期限の日（rule.day）は、4月に毎年ある日にしてください（入力: 31）。'],
    [{ kind: 'fixedDateAfterFiscalYearEnd', month: 13, day: 1 }, 'rule.month', '実績報告の期限の月（rule.month）は1から12の整数で入力してください（入力: 13）。'],
    [{ kind: 'onDate', date: '2025-02-29' }, 'rule.date', '実績報告の期限の日付（rule.date）は、実在する日付（例: 2026-03-31）で入力してください（入力: 2025-02-29）。'],
    [{ kind: 'earliestOf', rules: [] }, 'rule.rules', '実績報告の期限の決まり（rule.rules）を1つ以上指定してください。'],
    [null, 'rule', '実績報告の期限（rule）は、決め方（日数・決まった日など）を選んで指定してください。'],
  ])('says in Japanese what is wrong with %j, under the field to correct', (rule, field, ja) => {
    expect(validateDeadlineRule(rule, 'rule', '実績報告の期限')).toEqual([{ field, text: { ja, en: expect.any(String) } }]);
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
    expect(validateDeadlineRule(rule, 'reportDeadline', '実績報告の期限')).toEqual([
      {
        field: 'reportDeadline.rules[1].days',
        text: {
          ja: '実績報告の期限の2番目の決まりの日数（reportDeadline.rules[1].days）は0以上の整数で入力してください（入力: -3）。',
          en: 'reportDeadline.rules[1].days must be a whole number ≥ 0, got -3',
        },
      },
      {
        field: 'reportDeadline.rules[2].rules[0].date',
        text: {
          ja: '実績報告の期限の3番目の決まりの1番目の決まりの日付（reportDeadline.rules[2].rules[0].date）は、実在する日付（例: 2026-03-31）で入力してください（入力: 2026-13-01）。',
          en: 'reportDeadline.rules[2].rules[0].date must be a real YYYY-MM-DD date, got "2026-13-01"',
        },
      },
    ]);
  });
});
