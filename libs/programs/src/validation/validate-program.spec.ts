import { type Problem, problem } from '#libs/errors';
import type { Program } from '../program.js';
import { ProgramsErrorCode } from '../programs.exception.js';
import { seedProgram } from '../seed/seed-program.js';
import { loadProgram } from './load-program.js';
import { validateProgram } from './validate-program.js';

type Editable = Record<string, any>;

/** The problems validateProgram finds in a valid seed program after `edit`. */
function problemsAfter(edit: (program: Editable) => void, code = '協働支援'): Problem[] {
  const program = structuredClone(seedProgram(code)) as Editable;
  edit(program);
  const validation = validateProgram(program);
  return 'problems' in validation ? validation.problems : [];
}

/** The English sentences of the problems, which name the path first: for rules whose Japanese another test reads. */
const englishAfter = (edit: (program: Editable) => void, code = '協働支援'): string[] => problemsAfter(edit, code).map((each) => each.text.en);

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
    expect(validateProgram(data)).toEqual({ problems: [{ field: null, text: { ja: expect.stringMatching(/^制度の定義は、項目を並べたもの/), en: `a program must be an object (got ${described})` } }] });
  });

  describe('fields', () => {
    it('names a missing field', () => {
      expect(englishAfter((program) => delete program.rate)).toEqual(['rate is missing']);
    });

    it('names a field a program does not have, such as a misspelt one', () => {
      expect(englishAfter((program) => (program.perFiscalyear = 100_000))).toEqual(['perFiscalyear is not a field of a program']);
      expect(englishAfter((program) => (program.caps.perFiscalyear = 100_000))).toEqual(['caps.perFiscalyear is not a field of caps']);
    });

    it('reports every problem at once, not just the first', () => {
      const problems = englishAfter((program) => {
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
      expect(englishAfter((program) => (program.code = code))).toEqual([
        `code must be 1 to 16 characters without hyphens or spaces, as it appears in case numbers like R7-協働支援-0012 (got ${JSON.stringify(code)})`,
      ]);
    });

    it('refuses an unknown municipality, organization type and a repeated type', () => {
      expect(englishAfter((program) => (program.municipality = 'sendai'))).toEqual([
        'municipality must be one of "ichinoseki", "morioka", "yuzawa" (got "sendai")',
      ]);
      expect(englishAfter((program) => (program.eligibleOrganizationTypes = ['npo', 'company']))).toEqual([
        expect.stringMatching(/^eligibleOrganizationTypes\[1\] must be one of "communityCollaborationBody", .* \(got "company"\)$/),
      ]);
      expect(englishAfter((program) => (program.eligibleOrganizationTypes = ['npo', 'npo']))).toEqual([
        'eligibleOrganizationTypes[1] repeats "npo"',
      ]);
      expect(englishAfter((program) => (program.eligibleOrganizationTypes = []))).toEqual(['eligibleOrganizationTypes must not be empty']);
    });

    it('refuses a payment deadline the calendar cannot compute and a withdrawal period of no days', () => {
      expect(englishAfter((program) => (program.paymentDeadline = { kind: 'onDate', date: '2025-13-01' }))).toEqual([
        expect.stringMatching(/^paymentDeadline\.date must be a real YYYY-MM-DD date/),
      ]);
      expect(englishAfter((program) => (program.withdrawalPeriodDays = 0))).toEqual(['withdrawalPeriodDays must be a whole number ≥ 1 (got 0)']);
    });

    it('refuses a version below 1 and empty texts', () => {
      expect(englishAfter((program) => (program.version = 0))).toEqual(['version must be a whole number ≥ 1 (got 0)']);
      expect(englishAfter((program) => (program.nameJa = '  '))).toEqual(['nameJa must be a non-empty text (got "  ")']);
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
      expect(englishAfter((program) => (program.rate = rate))).toEqual([problem]);
    });

    it('refuses an advance above the decided amount and an advance setting with a stray limit', () => {
      expect(englishAfter((program) => (program.advancePayment.maxFraction = { numerator: 11, denominator: 10 }))).toEqual([
        'advancePayment.maxFraction must not be above 1 (11/10): an advance cannot exceed the decided amount',
      ]);
      expect(
        englishAfter((program) => (program.advancePayment = { allowed: false, maxFraction: { numerator: 1, denominator: 2 } })),
      ).toEqual(['advancePayment.maxFraction is not a field of advancePayment']);
    });

    it('refuses refund interest and a minor-change threshold above 100%', () => {
      expect(englishAfter((program) => (program.refundInterest.delinquencyPerYear = { numerator: 2, denominator: 1 }))).toEqual([
        'refundInterest.delinquencyPerYear must not be above 1 (2/1): a charge above 100% a year is not a rate any rule sets',
      ]);
      expect(englishAfter((program) => (program.minorChangeThreshold = { numerator: 3, denominator: 2 }))).toEqual([
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
      expect(englishAfter((program) => (program.caps = caps))).toEqual([problem]);
    });

    it('refuses a program without any cap', () => {
      expect(englishAfter((program) => (program.caps = { perFiscalYear: null, total: null }))).toEqual([
        'caps: a program needs caps.perFiscalYear, caps.total or an allocationFormula (限度額); with none, only the budget would limit a grant',
      ]);
    });

    it('accepts a program capped only by its allocation formula', () => {
      expect(englishAfter(() => undefined, 'ひとまち')).toEqual([]);
    });
  });

  describe('allocation formula (均等割 + 地域割)', () => {
    const withBrackets = (brackets: unknown[]) => (program: Editable) => (program.allocationFormula.populationBrackets = brackets);

    it('refuses overlapping brackets and brackets with a gap', () => {
      expect(
        englishAfter(
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
        englishAfter(
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
        englishAfter(
          withBrackets([
            { minPopulation: 0, maxPopulation: null, amount: 1 },
            { minPopulation: 2_000, maxPopulation: null, amount: 2 },
          ]),
          'ひとまち',
        ),
      ).toEqual(['allocationFormula.populationBrackets[0].maxPopulation may be null only in the last bracket']);
      expect(englishAfter(withBrackets([{ minPopulation: 500, maxPopulation: 100, amount: 1 }]), 'ひとまち')).toEqual([
        'allocationFormula.populationBrackets[0].maxPopulation must be null (no upper bound) or a whole number ≥ minPopulation (got 100)',
      ]);
      expect(englishAfter(withBrackets([]), 'ひとまち')).toEqual(['allocationFormula.populationBrackets must not be empty']);
    });

    it('refuses a negative flat share', () => {
      expect(englishAfter((program) => (program.allocationFormula.flatShare = -1), 'ひとまち')).toEqual([
        'allocationFormula.flatShare must be a whole number of yen ≥ 0 (got -1)',
      ]);
    });
  });

  describe('dates and deadlines', () => {
    it('refuses an application window that closes before it opens', () => {
      expect(englishAfter((program) => (program.applicationWindow = { opens: '2025-05-01', closes: '2025-04-30' }))).toEqual([
        'applicationWindow.closes (2025-04-30) must not be before opens (2025-05-01)',
      ]);
    });

    it('accepts a window of one day and refuses a date that does not exist', () => {
      expect(englishAfter((program) => (program.applicationWindow = { opens: '2025-05-01', closes: '2025-05-01' }))).toEqual([]);
      expect(englishAfter((program) => (program.applicationWindow = { opens: '2025-02-29', closes: '2025-05-01' }))).toEqual([
        'applicationWindow.opens must be a real YYYY-MM-DD date (got "2025-02-29")',
      ]);
    });

    it('reports a bad deadline rule with the calendar lib’s reason under the field’s name', () => {
      const problems = englishAfter(
        (program) => (program.reportDeadline = { kind: 'earliestOf', rules: [{ kind: 'daysAfter', days: 30 }, { kind: 'daysAfter', days: -1 }] }),
      );
      expect(problems).toEqual([expect.stringMatching(/^reportDeadline\.rules\[1\]\.days must be a whole number ≥ 0/)]);
      expect(englishAfter((program) => (program.refundDeadline = { kind: 'someday' }))).toEqual([
        expect.stringMatching(/^refundDeadline\.kind "someday" is not one of/),
      ]);
    });
  });

  describe('approval route (専決)', () => {
    it('refuses a route whose last step has a limit, so that large amounts have no approver', () => {
      expect(englishAfter((program) => (program.approvalRoute = [{ upTo: 300_000, approverTitle: '課長' }]))).toEqual([
        'approvalRoute[0].upTo must be null: the last step decides every amount above the others',
      ]);
    });

    it('refuses a route that does not ascend and an open step before the last', () => {
      expect(
        englishAfter(
          (program) =>
            (program.approvalRoute = [
              { upTo: 300_000, approverTitle: '課長' },
              { upTo: 300_000, approverTitle: '部長' },
              { upTo: null, approverTitle: '市長' },
            ]),
        ),
      ).toEqual(["approvalRoute[1].upTo must be above the previous step's 300000: the route ascends by amount"]);
      expect(
        englishAfter(
          (program) =>
            (program.approvalRoute = [
              { upTo: null, approverTitle: '課長' },
              { upTo: null, approverTitle: '部長' },
            ]),
        ),
      ).toEqual(['approvalRoute[0].upTo may be null only in the last step']);
    });

    it('refuses an empty route and a step without an approver', () => {
      expect(englishAfter((program) => (program.approvalRoute = []))).toEqual(['approvalRoute must not be empty']);
      expect(englishAfter((program) => (program.approvalRoute = [{ upTo: null, approverTitle: '' }]))).toEqual([
        'approvalRoute[0].approverTitle must be a non-empty text (got "")',
      ]);
    });
  });

  describe('documents, reminders and example figures', () => {
    it('refuses an unknown document kind and a missing phase', () => {
      expect(englishAfter((program) => program.requiredDocuments.report.push('selfie'))).toEqual([
        expect.stringMatching(/^requiredDocuments\.report\[4\] must be one of "applicationForm", .* \(got "selfie"\)$/),
      ]);
      expect(englishAfter((program) => delete program.requiredDocuments.change)).toEqual(['requiredDocuments.change is missing']);
    });

    it('refuses negative and repeated reminder offsets', () => {
      expect(englishAfter((program) => (program.reminders.daysBefore = [7, -1, 7]))).toEqual([
        'reminders.daysBefore[1] must be a whole number ≥ 0 (got -1)',
        'reminders.daysBefore[2] repeats 7',
      ]);
    });

    it('refuses an example figure that names no field of the program', () => {
      expect(englishAfter((program) => program.exampleFigures.push('caps.perYear'))).toEqual([
        `exampleFigures[${seedProgram('協働支援').exampleFigures.length}] names "caps.perYear", which is not a field of this program`,
      ]);
    });

    it('accepts example figures that name a field holding null or a list item by index', () => {
      expect(englishAfter((program) => program.exampleFigures.push('caps.total', 'approvalRoute.0.upTo'))).toEqual([]);
    });
  });
});

describe('validateProgram in Japanese, each problem under its field', () => {
  it.each<[string, (program: Editable) => void, Problem]>([
    [
      'a rate of nothing over nothing',
      (program) => (program.rate.denominator = 0),
      problem('rate.denominator', '補助率の分母（rate.denominator）は1以上の整数で入力してください（入力: 0）。', 'rate.denominator must be a positive integer (got 0)'),
    ],
    [
      'a rate above 100%',
      (program) => (program.rate = { numerator: 4, denominator: 3 }),
      problem(
        'rate',
        '補助率（rate）は1（10分の10）以下にしてください（入力: 4/3）。100%を超えると、使った額より多く払うことになります。',
        'rate must not be above 1 (4/3): a rate above 100% would pay more than was spent',
      ),
    ],
    [
      'a number typed in kanji',
      (program) => (program.standardProcessingDays = '三十'),
      problem('standardProcessingDays', '標準処理期間の日数（standardProcessingDays）は1以上の整数で入力してください（入力: 三十）。', 'standardProcessingDays must be a whole number ≥ 1 (got "三十")'),
    ],
    [
      'a negative yearly cap',
      (program) => (program.caps.perFiscalYear = -1),
      problem('caps.perFiscalYear', '年度あたりの上限額（caps.perFiscalYear）は0円以上の整数（円単位）で入力してください（入力: -1）。', 'caps.perFiscalYear must be a whole number of yen ≥ 0 (got -1)'),
    ],
    [
      'a yearly cap above the total',
      (program) => (program.caps = { perFiscalYear: 60_000, total: { amount: 50_000, fiscalYears: 2 } }),
      problem(
        'caps.perFiscalYear',
        '年度あたりの上限額（caps.perFiscalYear）は、通算の上限額（50,000円）以下にしてください（入力: 60000）。1つの年度で通算の上限より多くは使えません。',
        'caps.perFiscalYear (60000) must not exceed caps.total.amount (50000): no year can use more than the total',
      ),
    ],
    [
      'no cap at all',
      (program) => (program.caps = { perFiscalYear: null, total: null }),
      problem(
        'caps',
        '上限額（caps）（限度額）がありません。年度あたりの上限額、通算の上限額、均等割・地域割のどれかを決めてください。上限がないと、予算のほかに交付額を抑えるものがなくなります。',
        'caps: a program needs caps.perFiscalYear, caps.total or an allocationFormula (限度額); with none, only the budget would limit a grant',
      ),
    ],
    [
      'a window that closes before it opens',
      (program) => (program.applicationWindow = { opens: '2025-05-01', closes: '2025-04-30' }),
      problem(
        'applicationWindow.closes',
        '申請受付期間の終了日（applicationWindow.closes）は、開始日（2025-05-01）と同じ日か、それより後にしてください（入力: 2025-04-30）。',
        'applicationWindow.closes (2025-04-30) must not be before opens (2025-05-01)',
      ),
    ],
    [
      'an approval route that does not ascend',
      (program) =>
        (program.approvalRoute = [
          { upTo: 300_000, approverTitle: '課長' },
          { upTo: 300_000, approverTitle: '部長' },
          { upTo: null, approverTitle: '市長' },
        ]),
      problem(
        'approvalRoute[1].upTo',
        '決裁ルートの2段目の上限額（approvalRoute[1].upTo）は、前の段の上限額（300,000円）より大きくしてください（入力: 300,000円）。決裁ルートは金額の小さい順に並べます。',
        "approvalRoute[1].upTo must be above the previous step's 300000: the route ascends by amount",
      ),
    ],
    [
      'a step without an approver',
      (program) => (program.approvalRoute[0].approverTitle = ' '),
      problem('approvalRoute[0].approverTitle', '決裁ルートの1段目の決裁者の職名（approvalRoute[0].approverTitle）を入力してください。', 'approvalRoute[0].approverTitle must be a non-empty text (got " ")'),
    ],
    [
      'a report deadline of minus one day',
      (program) => (program.reportDeadline.rules[0].days = -1),
      problem(
        'reportDeadline.rules[0].days',
        '実績報告の期限の1番目の決まりの日数（reportDeadline.rules[0].days）は0以上の整数で入力してください（入力: -1）。',
        'reportDeadline.rules[0].days must be a whole number ≥ 0, got -1',
      ),
    ],
    [
      'a refund due on 31 April',
      (program) => (program.refundDeadline = { kind: 'fixedDateAfterFiscalYearEnd', month: 4, day: 31 }),
      problem('refundDeadline.day', '返還の期限の日（refundDeadline.day）は、4月に毎年ある日にしてください（入力: 31）。', 'refundDeadline month/day 4/31 is not a date that exists every year'),
    ],
    [
      'a reminder day given twice',
      (program) => (program.reminders.daysBefore = [7, 3, 7]),
      problem('reminders.daysBefore[2]', '期限の前にお知らせする日の3番目（reminders.daysBefore[2]）は、前にあるものと同じです。1つにしてください（入力: 7）。', 'reminders.daysBefore[2] repeats 7'),
    ],
    [
      'no organization type',
      (program) => (program.eligibleOrganizationTypes = []),
      problem('eligibleOrganizationTypes', '対象となる団体の種類（eligibleOrganizationTypes）を1つ以上指定してください。', 'eligibleOrganizationTypes must not be empty'),
    ],
    [
      'an unknown rounding',
      (program) => (program.rounding = 'round'),
      problem('rounding', '端数の処理（rounding）は、決められたもの（円未満切り捨て・千円未満切り捨て）から選んでください（入力: round）。', 'rounding must be one of "floorToYen", "floorTo1000" (got "round")'),
    ],
    [
      'refund interest over nothing',
      (program) => (program.refundInterest.additionPerYear.denominator = 0),
      problem('refundInterest.additionPerYear.denominator', '加算金の年率の分母（refundInterest.additionPerYear.denominator）は1以上の整数で入力してください（入力: 0）。', 'refundInterest.additionPerYear.denominator must be a positive integer (got 0)'),
    ],
    [
      'a misspelt field',
      (program) => (program.caps.perFiscalyear = 1),
      problem('caps.perFiscalyear', '「caps.perFiscalyear」という項目は制度にありません。項目名を確かめてください。', 'caps.perFiscalyear is not a field of caps'),
    ],
    [
      'a missing field',
      (program) => delete program.nameJa,
      problem('nameJa', '制度の名前（nameJa）がありません。指定してください。', 'nameJa is missing'),
    ],
  ])('names the field as a clerk knows it and says why, for %s', (_, edit, expected) => {
    expect(problemsAfter(edit)).toEqual([expected]);
  });

  it('names its field in the Japanese of every problem of a program broken in many places', () => {
    const problems = problemsAfter((program) => {
      program.rate = { numerator: 0, denominator: 1.5 };
      program.caps = { perFiscalYear: 0, total: { amount: -5, fiscalYears: 0 } };
      program.advancePayment.maxFraction = { numerator: 11, denominator: 10 };
      program.minorChangeThreshold = 0.2;
      program.correctionDeadline = { kind: 'earliestOf', rules: [] };
      program.reviewDeadline = { kind: 'someday' };
      program.paymentDeadline = { kind: 'onDate', date: '2025-13-01' };
      program.approvalRoute = [{ upTo: null, approverTitle: '課長' }, { upTo: 100, approverTitle: '' }];
      program.requiredDocuments.report = ['selfie'];
      program.reminders = { daysBefore: 'weekly', escalateAfterDays: -1 };
      program.exampleFigures.push('caps.perYear');
    });
    expect(problems.length).toBeGreaterThanOrEqual(14);
    for (const { field, text } of problems) expect(text.ja).toContain(`（${field as string}）`);
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
