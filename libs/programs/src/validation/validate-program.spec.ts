import type { Program } from '../program.js';
import { ProgramsErrorCode } from '../programs.exception.js';
import { seedProgram } from '../seed/seed-program.js';
import { loadProgram } from './load-program.js';
import { validateProgram } from './validate-program.js';

type Editable = Record<string, any>;

/** The problems validateProgram finds in a valid seed program after `edit`. */
function problemsAfter(edit: (program: Editable) => void, code = '協働支援'): string[] {
  const program = structuredClone(seedProgram(code)) as Editable;
  edit(program);
  const validation = validateProgram(program);
  return 'problems' in validation ? validation.problems : [];
}

describe('validateProgram', () => {
  it('returns a sound program as it is', () => {
    const program = seedProgram('協働支援');
    expect(validateProgram(program)).toEqual({ program });
  });

  it.each([
    [null, 'null'],
    ['program', '"program"'],
    [42, '42'],
    [[], '[]'],
    [undefined, 'nothing'],
  ])('refuses %p as a program', (data, described) => {
    expect(validateProgram(data)).toEqual({ problems: [`a program must be an object (got ${described})`] });
  });

  describe('fields', () => {
    it('names a missing field', () => {
      expect(problemsAfter((program) => delete program.rate)).toEqual(['rate is missing']);
    });

    it('names a field a program does not have, such as a misspelt one', () => {
      expect(problemsAfter((program) => (program.perFiscalyear = 100_000))).toEqual(['perFiscalyear is not a field of a program']);
      expect(problemsAfter((program) => (program.caps.perFiscalyear = 100_000))).toEqual(['caps.perFiscalyear is not a field of caps']);
    });

    it('reports every problem at once, not just the first', () => {
      const problems = problemsAfter((program) => {
        program.rate.denominator = 0;
        program.caps.total = { amount: 50_000, fiscalYears: 0 };
        program.standardProcessingDays = 0;
      });
      expect(problems).toEqual([
        'rate.denominator must be a positive integer (got 0)',
        'caps.total.fiscalYears must be a whole number ≥ 1 (got 0)',
        'standardProcessingDays must be a whole number ≥ 1 (got 0)',
      ]);
    });

    it.each([
      ['with a hyphen, which separates the parts of a case number', '協働-支援'],
      ['with a space', '協働 支援'],
      ['empty', ''],
      ['longer than 16 characters', 'あ'.repeat(17)],
    ])('refuses a code %s', (_, code) => {
      expect(problemsAfter((program) => (program.code = code))).toEqual([
        `code must be 1 to 16 characters without hyphens or spaces, as it appears in case numbers like R7-協働支援-0012 (got ${JSON.stringify(code)})`,
      ]);
    });

    it('refuses an unknown municipality, organization type and a repeated type', () => {
      expect(problemsAfter((program) => (program.municipality = 'sendai'))).toEqual([
        'municipality must be one of "ichinoseki", "morioka", "yuzawa" (got "sendai")',
      ]);
      expect(problemsAfter((program) => (program.eligibleOrganizationTypes = ['npo', 'company']))).toEqual([
        expect.stringMatching(/^eligibleOrganizationTypes\[1\] must be one of "communityCollaborationBody", .* \(got "company"\)$/),
      ]);
      expect(problemsAfter((program) => (program.eligibleOrganizationTypes = ['npo', 'npo']))).toEqual([
        'eligibleOrganizationTypes[1] repeats "npo"',
      ]);
      expect(problemsAfter((program) => (program.eligibleOrganizationTypes = []))).toEqual(['eligibleOrganizationTypes must not be empty']);
    });

    it('refuses a payment deadline the calendar cannot compute and a withdrawal period of no days', () => {
      expect(problemsAfter((program) => (program.paymentDeadline = { kind: 'onDate', date: '2025-13-01' }))).toEqual([
        expect.stringMatching(/^paymentDeadline\.date must be a real YYYY-MM-DD date/),
      ]);
      expect(problemsAfter((program) => (program.withdrawalPeriodDays = 0))).toEqual(['withdrawalPeriodDays must be a whole number ≥ 1 (got 0)']);
    });

    it('refuses a version below 1 and empty texts', () => {
      expect(problemsAfter((program) => (program.version = 0))).toEqual(['version must be a whole number ≥ 1 (got 0)']);
      expect(problemsAfter((program) => (program.nameJa = '  '))).toEqual(['nameJa must be a non-empty text (got "  ")']);
    });
  });

  describe('rates', () => {
    it.each([
      [{ numerator: 2, denominator: 0 }, 'rate.denominator must be a positive integer (got 0)'],
      [{ numerator: 2, denominator: 1.5 }, 'rate.denominator must be a positive integer (got 1.5)'],
      [{ numerator: 0, denominator: 3 }, 'rate.numerator must be a whole number ≥ 1 (got 0)'],
      [{ numerator: 0.5, denominator: 1 }, 'rate.numerator must be a whole number ≥ 1 (got 0.5)'],
      [{ numerator: 4, denominator: 3 }, 'rate must not be above 1 (4/3): a rate above 100% would pay more than was spent'],
      [0.6667, 'rate must be a fraction { numerator, denominator } (got 0.6667)'],
    ])('refuses the rate %p', (rate, problem) => {
      expect(problemsAfter((program) => (program.rate = rate))).toEqual([problem]);
    });

    it('refuses an advance above the decided amount and an advance setting with a stray limit', () => {
      expect(problemsAfter((program) => (program.advancePayment.maxFraction = { numerator: 11, denominator: 10 }))).toEqual([
        'advancePayment.maxFraction must not be above 1 (11/10): an advance cannot exceed the decided amount',
      ]);
      expect(
        problemsAfter((program) => (program.advancePayment = { allowed: false, maxFraction: { numerator: 1, denominator: 2 } })),
      ).toEqual(['advancePayment.maxFraction is not a field of advancePayment']);
    });

    it('refuses refund interest and a minor-change threshold above 100%', () => {
      expect(problemsAfter((program) => (program.refundInterest.delinquencyPerYear = { numerator: 2, denominator: 1 }))).toEqual([
        'refundInterest.delinquencyPerYear must not be above 1 (2/1): a charge above 100% a year is not a rate any rule sets',
      ]);
      expect(problemsAfter((program) => (program.minorChangeThreshold = { numerator: 3, denominator: 2 }))).toEqual([
        'minorChangeThreshold must not be above 1 (3/2): a change of more than the whole cost category is never minor',
      ]);
    });
  });

  describe('caps', () => {
    it.each([
      [{ perFiscalYear: -1, total: null }, 'caps.perFiscalYear must be a whole number of yen ≥ 0 (got -1)'],
      [{ perFiscalYear: 99_999.5, total: null }, 'caps.perFiscalYear must be a whole number of yen ≥ 0 (got 99999.5)'],
      [{ perFiscalYear: 0, total: null }, 'caps.perFiscalYear must be above 0 yen (null means no such cap)'],
      [{ perFiscalYear: null, total: { amount: 50_000, fiscalYears: 1.5 } }, 'caps.total.fiscalYears must be a whole number ≥ 1 (got 1.5)'],
      [{ perFiscalYear: null, total: { amount: 50_000 } }, 'caps.total.fiscalYears is missing'],
      [
        { perFiscalYear: 60_000, total: { amount: 50_000, fiscalYears: 2 } },
        'caps.perFiscalYear (60000) must not exceed caps.total.amount (50000): no year can use more than the total',
      ],
    ])('refuses caps %p', (caps, problem) => {
      expect(problemsAfter((program) => (program.caps = caps))).toEqual([problem]);
    });

    it('refuses a program without any cap', () => {
      expect(problemsAfter((program) => (program.caps = { perFiscalYear: null, total: null }))).toEqual([
        'caps: a program needs caps.perFiscalYear, caps.total or an allocationFormula (限度額); with none, only the budget would limit a grant',
      ]);
    });

    it('accepts a program capped only by its allocation formula', () => {
      expect(problemsAfter(() => undefined, 'ひとまち')).toEqual([]);
    });
  });

  describe('allocation formula (均等割 + 地域割)', () => {
    const withBrackets = (brackets: unknown[]) => (program: Editable) => (program.allocationFormula.populationBrackets = brackets);

    it('refuses overlapping brackets and brackets with a gap', () => {
      expect(
        problemsAfter(
          withBrackets([
            { minPopulation: 0, maxPopulation: 2_000, amount: 1 },
            { minPopulation: 2_000, maxPopulation: null, amount: 2 },
          ]),
          'ひとまち',
        ),
      ).toEqual([
        "allocationFormula.populationBrackets[1].minPopulation must be 2001, one above the previous bracket's maxPopulation, so that brackets neither overlap nor leave a gap (got 2000)",
      ]);
      expect(
        problemsAfter(
          withBrackets([
            { minPopulation: 0, maxPopulation: 1_999, amount: 1 },
            { minPopulation: 2_500, maxPopulation: null, amount: 2 },
          ]),
          'ひとまち',
        ),
      ).toEqual([expect.stringContaining('populationBrackets[1].minPopulation must be 2000')]);
    });

    it('refuses an open-ended bracket before the last, an upper bound below the lower, and no brackets', () => {
      expect(
        problemsAfter(
          withBrackets([
            { minPopulation: 0, maxPopulation: null, amount: 1 },
            { minPopulation: 2_000, maxPopulation: null, amount: 2 },
          ]),
          'ひとまち',
        ),
      ).toEqual(['allocationFormula.populationBrackets[0].maxPopulation may be null only in the last bracket']);
      expect(problemsAfter(withBrackets([{ minPopulation: 500, maxPopulation: 100, amount: 1 }]), 'ひとまち')).toEqual([
        'allocationFormula.populationBrackets[0].maxPopulation must be null (no upper bound) or a whole number ≥ minPopulation (got 100)',
      ]);
      expect(problemsAfter(withBrackets([]), 'ひとまち')).toEqual(['allocationFormula.populationBrackets must not be empty']);
    });

    it('refuses a negative flat share', () => {
      expect(problemsAfter((program) => (program.allocationFormula.flatShare = -1), 'ひとまち')).toEqual([
        'allocationFormula.flatShare must be a whole number of yen ≥ 0 (got -1)',
      ]);
    });
  });

  describe('dates and deadlines', () => {
    it('refuses an application window that closes before it opens', () => {
      expect(problemsAfter((program) => (program.applicationWindow = { opens: '2025-05-01', closes: '2025-04-30' }))).toEqual([
        'applicationWindow.closes (2025-04-30) must not be before opens (2025-05-01)',
      ]);
    });

    it('accepts a window of one day and refuses a date that does not exist', () => {
      expect(problemsAfter((program) => (program.applicationWindow = { opens: '2025-05-01', closes: '2025-05-01' }))).toEqual([]);
      expect(problemsAfter((program) => (program.applicationWindow = { opens: '2025-02-29', closes: '2025-05-01' }))).toEqual([
        'applicationWindow.opens must be a real YYYY-MM-DD date (got "2025-02-29")',
      ]);
    });

    it('reports a bad deadline rule with the calendar lib’s reason under the field’s name', () => {
      const problems = problemsAfter(
        (program) => (program.reportDeadline = { kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: 30 }, { kind: 'daysAfter', days: -1 }] }),
      );
      expect(problems).toEqual([expect.stringMatching(/^reportDeadline\.rules\[1\]\.days must be a whole number ≥ 0/)]);
      expect(problemsAfter((program) => (program.refundDeadline = { kind: 'someday' }))).toEqual([
        expect.stringMatching(/^refundDeadline\.kind "someday" is not one of/),
      ]);
    });
  });

  describe('approval route (専決)', () => {
    it('refuses a route whose last step has a limit, so that large amounts have no approver', () => {
      expect(problemsAfter((program) => (program.approvalRoute = [{ upTo: 300_000, approverTitle: '課長' }]))).toEqual([
        'approvalRoute[0].upTo must be null: the last step decides every amount above the others',
      ]);
    });

    it('refuses a route that does not ascend and an open step before the last', () => {
      expect(
        problemsAfter(
          (program) =>
            (program.approvalRoute = [
              { upTo: 300_000, approverTitle: '課長' },
              { upTo: 300_000, approverTitle: '部長' },
              { upTo: null, approverTitle: '市長' },
            ]),
        ),
      ).toEqual(["approvalRoute[1].upTo must be above the previous step's 300000: the route ascends by amount"]);
      expect(
        problemsAfter(
          (program) =>
            (program.approvalRoute = [
              { upTo: null, approverTitle: '課長' },
              { upTo: null, approverTitle: '部長' },
            ]),
        ),
      ).toEqual(['approvalRoute[0].upTo may be null only in the last step']);
    });

    it('refuses an empty route and a step without an approver', () => {
      expect(problemsAfter((program) => (program.approvalRoute = []))).toEqual(['approvalRoute must not be empty']);
      expect(problemsAfter((program) => (program.approvalRoute = [{ upTo: null, approverTitle: '' }]))).toEqual([
        'approvalRoute[0].approverTitle must be a non-empty text (got "")',
      ]);
    });
  });

  describe('documents, reminders and example figures', () => {
    it('refuses an unknown document kind and a missing phase', () => {
      expect(problemsAfter((program) => program.requiredDocuments.report.push('selfie'))).toEqual([
        expect.stringMatching(/^requiredDocuments\.report\[4\] must be one of "applicationForm", .* \(got "selfie"\)$/),
      ]);
      expect(problemsAfter((program) => delete program.requiredDocuments.change)).toEqual(['requiredDocuments.change is missing']);
    });

    it('refuses negative and repeated reminder offsets', () => {
      expect(problemsAfter((program) => (program.reminders.daysBefore = [7, -1, 7]))).toEqual([
        'reminders.daysBefore[1] must be a whole number ≥ 0 (got -1)',
        'reminders.daysBefore[2] repeats 7',
      ]);
    });

    it('refuses an example figure that names no field of the program', () => {
      expect(problemsAfter((program) => program.exampleFigures.push('caps.perYear'))).toEqual([
        `exampleFigures[${seedProgram('協働支援').exampleFigures.length}] names "caps.perYear", which is not a field of this program`,
      ]);
    });

    it('accepts example figures that name a field holding null or a list item by index', () => {
      expect(problemsAfter((program) => program.exampleFigures.push('caps.total', 'approvalRoute.0.upTo'))).toEqual([]);
    });
  });
});

describe('loadProgram', () => {
  it('returns a sound program', () => {
    const program: Program = seedProgram('合意形成');
    expect(loadProgram(program)).toBe(program);
  });

  it('throws a ProgramsException listing every problem', () => {
    const broken = { ...structuredClone(seedProgram('合意形成')), version: 0, rounding: 'round' };
    let thrown: unknown;
    try {
      loadProgram(broken);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      name: 'ProgramsException',
      code: ProgramsErrorCode.InvalidProgram,
      problems: ['version must be a whole number ≥ 1 (got 0)', 'rounding must be one of "floorToYen", "floorTo1000" (got "round")'],
      message: 'program 合意形成 is not valid: version must be a whole number ≥ 1 (got 0); rounding must be one of "floorToYen", "floorTo1000" (got "round")',
    });
  });
});
