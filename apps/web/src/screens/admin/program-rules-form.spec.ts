import { SEED_PROGRAMS, seedProgram } from '#libs/programs';
import { draftOfProgram, nextVersionOf } from './program-rules-form.js';

describe("the next version of a program from the administrator's form", () => {
  const latest = seedProgram('協働支援');

  it.each(SEED_PROGRAMS.map((program) => [program.code, program] as const))('gives back %s as it was, numbered after the latest, when nothing is changed', (_, program) => {
    expect(nextVersionOf(program, 3, draftOfProgram(program))).toEqual({ ...program, version: 4 });
  });

  it('fills every field from the latest version, as a person would read and type it', () => {
    const draft = draftOfProgram(latest);
    expect(draft).toMatchObject({
      rate: { numerator: '2', denominator: '3' },
      perFiscalYearCap: '100000',
      totalCapAmount: '',
      totalCapFiscalYears: '',
      advanceAllowed: true,
      advanceMaxFraction: { numerator: '5', denominator: '10' },
      approvalRoute: [
        { upTo: '300000', approverTitle: '課長' },
        { upTo: '', approverTitle: '部長' },
      ],
      additionPerYear: { numerator: '1095', denominator: '10000' },
      reminderDaysBefore: '7, 3, 0',
      escalateAfterDays: '3',
      requiredDocuments: latest.requiredDocuments,
    });
    expect(draft.deadlines.reportDeadline).toMatchObject({ kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: '30' }, { kind: 'fixedDateAfterFiscalYearEnd', month: '4', day: '10' }] });
  });

  it('takes every rule typed, keeping what the form does not show', () => {
    const draft = draftOfProgram(latest);
    const next = nextVersionOf(latest, 1, {
      ...draft,
      eligibleOrganizationTypes: ['communityCollaborationBody', 'neighborhoodAssociation'],
      windowOpens: '2026-04-01',
      windowCloses: '2026-05-29',
      projectFiscalYear: 'nextYear',
      rate: { numerator: '1', denominator: '2' },
      rounding: 'floorTo1000',
      perFiscalYearCap: '１５０，０００',
      totalCapAmount: '300,000',
      totalCapFiscalYears: '3',
      categories: '報償費\n\n 消耗品費 \n',
      advanceAllowed: false,
      minorChangeThreshold: { numerator: '1', denominator: '10' },
      settledEachFiscalYear: false,
      withdrawalPeriodDays: '14',
      standardProcessingDays: '２０',
      deadlines: { ...draft.deadlines, refundDeadline: { ...draft.deadlines.refundDeadline, kind: 'onDate', date: '2027-03-31' } },
      approvalRoute: [
        { upTo: '300000', approverTitle: '課長' },
        { upTo: '1,000,000', approverTitle: ' 部長 ' },
        { upTo: '999', approverTitle: '市長' },
      ],
      additionPerYear: { numerator: '5', denominator: '100' },
      requiredDocuments: { ...draft.requiredDocuments, report: ['performanceReport', 'receiptCopies'] },
      reminderDaysBefore: '１４、7 3,0',
      escalateAfterDays: '5',
    });
    expect(next).toEqual({
      ...latest,
      version: 2,
      eligibleOrganizationTypes: ['communityCollaborationBody', 'neighborhoodAssociation'],
      applicationWindow: { opens: '2026-04-01', closes: '2026-05-29' },
      projectFiscalYear: 'nextYear',
      rate: { numerator: 1, denominator: 2 },
      rounding: 'floorTo1000',
      caps: { perFiscalYear: 150_000, total: { amount: 300_000, fiscalYears: 3 } },
      eligibleExpenseCategories: ['報償費', '消耗品費'],
      advancePayment: { allowed: false },
      minorChangeThreshold: { numerator: 1, denominator: 10 },
      settledEachFiscalYear: false,
      withdrawalPeriodDays: 14,
      standardProcessingDays: 20,
      refundDeadline: { kind: 'onDate', date: '2027-03-31' },
      // The last step decides every amount above the others: whatever its box once held, it has no limit.
      approvalRoute: [
        { upTo: 300_000, approverTitle: '課長' },
        { upTo: 1_000_000, approverTitle: '部長' },
        { upTo: null, approverTitle: '市長' },
      ],
      refundInterest: { ...latest.refundInterest, additionPerYear: { numerator: 5, denominator: 100 } },
      requiredDocuments: { ...latest.requiredDocuments, report: ['performanceReport', 'receiptCopies'] },
      reminders: { daysBefore: [14, 7, 3, 0], escalateAfterDays: 5 },
    });
  });

  it('reads empty caps and an empty window as none, and sends what is not a figure as typed for the API to name', () => {
    const draft = { ...draftOfProgram(latest), perFiscalYearCap: ' ', windowOpens: '', windowCloses: '', rate: { numerator: '2', denominator: '三' } };
    const next = nextVersionOf(latest, 1, { ...draft, totalCapAmount: '', totalCapFiscalYears: '', approvalRoute: [{ upTo: '', approverTitle: '課長' }, { upTo: '', approverTitle: '部長' }], reminderDaysBefore: '7, -1' });
    expect(next).toMatchObject({
      caps: { perFiscalYear: null, total: null },
      applicationWindow: null,
      rate: { denominator: '三' },
      approvalRoute: [{ upTo: null }, { upTo: null }],
      reminders: { daysBefore: [7, '-1'] },
    });
  });

  it('asks for an advance limit when advances are allowed again, and sends a total cap half filled for the API to name', () => {
    const noAdvance = { ...latest, advancePayment: { allowed: false as const } };
    const draft = draftOfProgram(noAdvance);
    expect(draft.advanceMaxFraction).toEqual({ numerator: '', denominator: '' });
    expect(nextVersionOf(noAdvance, 1, { ...draft, advanceAllowed: true, totalCapAmount: '50000' })).toMatchObject({
      advancePayment: { allowed: true, maxFraction: { numerator: '', denominator: '' } },
      caps: { total: { amount: 50_000, fiscalYears: '' } },
    });
  });
});
