import type { DeadlineRule } from '../../../../../libs/calendar/src/deadline-rule.js';
import { deadlineRuleOf, draftOfDeadlineRule, withKind } from './deadline-rule-draft.js';

describe('a deadline rule as the form holds it', () => {
  it.each([
    [{ kind: 'daysAfter', days: 30 }],
    [{ kind: 'openDaysAfter', days: 10 }],
    [{ kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 }],
    [{ kind: 'onDate', date: '2026-03-31' }],
    [{ kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: 30 }, { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 10 }] }],
  ] satisfies [DeadlineRule][])('gives back %j as it was', (rule) => {
    expect(deadlineRuleOf(draftOfDeadlineRule(rule))).toEqual(rule);
  });

  it('lists the rules of an earliest of within an earliest of on one level, which sets the same date', () => {
    const nested: DeadlineRule = { kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: 30 }, { kind: 'earliestOf', rules: [{ kind: 'onDate', date: '2026-04-10' }] }] };
    expect(deadlineRuleOf(draftOfDeadlineRule(nested))).toEqual({ kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: 30 }, { kind: 'onDate', date: '2026-04-10' }] });
  });

  it('sends only the chosen kind’s figures, and keeps the others typed for when the kind is chosen back', () => {
    const draft = withKind(draftOfDeadlineRule({ kind: 'daysAfter', days: 20 }), 'fixedDateAfterFiscalYearEnd');
    expect(deadlineRuleOf({ ...draft, month: '５', day: '31' })).toEqual({ kind: 'fixedDateAfterFiscalYearEnd', month: 5, day: 31 });
    expect(deadlineRuleOf(withKind(draft, 'daysAfter'))).toEqual({ kind: 'daysAfter', days: 20 });
  });

  it('starts an earliest of from the rule there was and an empty fixed date after the fiscal year', () => {
    const draft = withKind(draftOfDeadlineRule({ kind: 'openDaysAfter', days: 10 }), 'earliestOf');
    expect(deadlineRuleOf(draft)).toEqual({ kind: 'earliestOf', rules: [{ kind: 'openDaysAfter', days: 10 }, { kind: 'fixedDateAfterFiscalYearEnd', month: '', day: '' }] });
    expect(withKind(withKind(draft, 'daysAfter'), 'earliestOf').rules).toEqual(draft.rules);
  });
});
