import { controlId, controlIdOf, controlOf, problemsByControl } from './program-rules-problems.js';

describe("where the API's problems with a program go in the administrator's form", () => {
  it.each([
    ['rate.denominator', 'rate.denominator'],
    ['rate', 'rate.numerator'],
    ['refundInterest.delinquencyPerYear', 'refundInterest.delinquencyPerYear.numerator'],
    ['caps', 'caps.perFiscalYear'],
    ['caps.total.fiscalYears', 'caps.total.fiscalYears'],
    ['applicationWindow.closes', 'applicationWindow.closes'],
    ['eligibleExpenseCategories[2]', 'eligibleExpenseCategories'],
    ['reminders.daysBefore[1]', 'reminders.daysBefore'],
    ['requiredDocuments.report[4]', 'requiredDocuments.report'],
    ['eligibleOrganizationTypes', 'eligibleOrganizationTypes'],
    ['reportDeadline.rules[1].days', 'reportDeadline.rules[1].days'],
    ['reportDeadline.rules[1]', 'reportDeadline.rules[1].kind'],
    ['reportDeadline.rules[2].rules[0].date', 'reportDeadline.rules[2].kind'],
    ['reportDeadline.rules', 'reportDeadline.kind'],
    ['refundDeadline.day', 'refundDeadline.day'],
    ['paymentDeadline', 'paymentDeadline.kind'],
    ['approvalRoute[1].upTo', 'approvalRoute[1].upTo'],
    ['approvalRoute[0]', 'approvalRoute[0].approverTitle'],
    ['approvalRoute', 'approvalRoute[0].approverTitle'],
    ['standardProcessingDays', 'standardProcessingDays'],
  ])('shows a problem with %s under %s', (field, control) => {
    expect(controlOf(field)).toBe(control);
  });

  it.each([[null], ['code'], ['source'], ['allocationFormula.flatShare'], ['surprise'], ['constructor']])('has no field for a problem with %p: the summary lists it alone', (field) => {
    expect(controlOf(field)).toBeNull();
  });

  it('puts the problems of one control one after the other, and none of the fields it does not show', () => {
    const byControl = problemsByControl([
      { field: 'reminders.daysBefore[1]', message: '2番目が正しくありません。' },
      { field: 'reminders.daysBefore[2]', message: '3番目が重なっています。' },
      { field: 'rate', message: '補助率が大きすぎます。' },
      { field: null, message: '制度の定義が大きすぎます。' },
    ]);
    expect([...byControl]).toEqual([
      ['reminders.daysBefore', '2番目が正しくありません。3番目が重なっています。'],
      ['rate.numerator', '補助率が大きすぎます。'],
    ]);
  });

  it('makes an id of each control that a link can name', () => {
    expect(controlId('approvalRoute[1].upTo')).toMatch(/^[A-Za-z][\w-]*$/);
    expect(controlId('reportDeadline.rules[0].days')).not.toBe(controlId('reportDeadline.rules[1].days'));
    expect(controlIdOf('rate')).toBe(controlId('rate.numerator'));
    expect(controlIdOf('source')).toBeNull();
  });
});
