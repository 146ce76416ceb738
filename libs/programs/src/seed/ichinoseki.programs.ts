import type { Program } from '../program.js';
import { EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES, exampleAdministrativePractice } from './example-administrative-practice.js';
import { exampleDocuments } from './example-documents.js';
import { exampleActivityExpenseCategories } from './example-expense-categories.js';

const PLAN = '001_6a0509ae36333f95.txt (一関市 第2次協働基本計画, 2019)';
const NEWSLETTER = '000_23d9920fbde9d271.txt (いちのせき協働ニュース 輪っしょい！ vol.29, 2023-02)';

/** 50,000 yen over two fiscal years, so that an advance of the whole 50,000 is possible in year one. */
const consensusBuilding: Program = {
  code: '合意形成',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: '地域の合意形成を図る事業に対する支援',
  source: `${PLAN} 事業1, line 332: 「地域協働体の設立に向け、地域の合意形成を図るため行う会議、啓発その他の準備費用に対する支援 ○限度額：1組織5万円 (2箇年までとし、総額5万円、 単年度精算、前金払い可) ○補助率：100%」`,
  eligibleOrganizationTypes: ['communityCollaborationBody'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: null, total: { amount: 50_000, fiscalYears: 2 } },
  allocationFormula: null,
  eligibleExpenseCategories: ['会議費', '啓発費', 'その他の準備費'],
  priorConsultationRequired: false,
  // 前金払い可 with no limit in the source: the whole decided amount may be advanced.
  advancePayment: { allowed: true, maxFraction: { numerator: 1, denominator: 1 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(['bylawsAndRoster']),
  exampleFigures: ['applicationWindow', 'advancePayment.maxFraction', 'requiredDocuments', ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES],
};

const collaborationBodySupport: Program = {
  code: '協働支援',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: '地域協働体支援事業補助金',
  source: `${PLAN} 事業7, line 384: 「地域づくり計画を策定するまでの間の活動に係る支援 ○限度額：1 地域協働体 単年度10万円 ○補助率：2 / 3」 (created 平成26年度, line 124)`,
  eligibleOrganizationTypes: ['communityCollaborationBody'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 2, denominator: 3 },
  // 円未満切り捨て: the usual rounding of a rate below 100% (docs/domain.md §3).
  rounding: 'floorToYen',
  caps: { perFiscalYear: 100_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [
    'applicationWindow',
    'eligibleExpenseCategories',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

/**
 * ひと・まち応援金, project costs: capped by 均等割 + 地域割. Its second cap item, the
 * 事務局人件費, is a separate program below because it has its own categories and cap and
 * the formula does not limit it.
 */
const activityGrant: Program = {
  code: 'ひとまち',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: '地域協働体活動費補助金（ひと・まち応援金）事業費',
  source: `${PLAN} 事業8, lines 388–390: 「地域協働体が、地域課題の解決や地域の特性を活かした地域づくり活動を自主的に取り組むために要する経費について支援 ○限度額 ・事業に要する経費…均等割+地域割 … ○補助率：100% ○補助金の対象経費については、必要に応じて見直しを実施」「※ 均等割：各地域一律で算定した金額 地域割：地域内の人口に応じて算定した金額」`,
  eligibleOrganizationTypes: ['communityCollaborationBody'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: null, total: null },
  allocationFormula: {
    flatShare: 1_000_000,
    populationBrackets: [
      { minPopulation: 0, maxPopulation: 1_999, amount: 300_000 },
      { minPopulation: 2_000, maxPopulation: 3_999, amount: 600_000 },
      { minPopulation: 4_000, maxPopulation: 6_999, amount: 900_000 },
      { minPopulation: 7_000, maxPopulation: null, amount: 1_200_000 },
    ],
  },
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(['areaPlan']),
  exampleFigures: [
    'applicationWindow',
    'allocationFormula.flatShare',
    'allocationFormula.populationBrackets',
    'eligibleExpenseCategories',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

/** 事務局人件費 of ひと・まち応援金: the staff a body employs from its second year (事業9). */
const activityGrantStaffCosts: Program = {
  code: 'ひとまち人件費',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: '地域協働体活動費補助金（ひと・まち応援金）事務局人件費',
  source: `${PLAN} 事業8, line 388: 「○限度額 … ・事務局人件費…給与、保険料等の事業主負担額、健康診断料など ○補助率：100%」; 事業9, lines 393–395: 「原則、1年目は市が雇用して…2年目以降から地域協働体が直接雇用する」「勤務条件等は、地域協働体で定めるが、市雇用相当分の費用を支援」「※ 事業 8、限度額中「事務局人件費」がこれにあたる」`,
  eligibleOrganizationTypes: ['communityCollaborationBody'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  // 市雇用相当分: what the city would pay one office clerk in a year; the amount is not in the source.
  caps: { perFiscalYear: 2_400_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: ['給与', '保険料等の事業主負担額', '健康診断料'],
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: ['applicationWindow', 'caps.perFiscalYear', 'advancePayment', 'requiredDocuments', ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES],
};

// コミュニティ助成事業 (宝くじ助成) is the 一般財団法人自治総合センター's grant, taken in by the
// city: applied for in one year for a project in the next. Its rates and amounts are the
// centre's, not in the seeds; the values here are examples after its published kinds and
// must be checked against the year's 募集要綱. Paid after completion, so no advance.

const LOTTERY_SOURCE = `${NEWSLETTER} コミュニティ助成事業（宝くじ助成）, lines 193–239: 「コミュニティ助成事業は、募集の翌年度に実施する事業に対する助成事業です」「自治会などのコミュニティ活動のための備品整備や、集会所の建築に利用できる助成金です」「助成申請にかかる相談先 本庁 まちづくり推進課 または 各支所 地域振興課」`;

/** The centre's call closes in autumn for projects of the next fiscal year (example dates for FY2026 projects). */
const LOTTERY_WINDOW = { opens: '2025-09-01', closes: '2025-10-10' } as const;

const LOTTERY_EXAMPLE_FIGURES = [
  'applicationWindow',
  'rate',
  'rounding',
  'caps.perFiscalYear',
  'advancePayment',
  'requiredDocuments',
  ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
];

const lotteryGeneral: Program = {
  code: 'コミ一般',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: 'コミュニティ助成事業（一般コミュニティ助成事業）',
  source: `${LOTTERY_SOURCE}; example grantee lines 232–234: 「助成団体名 関が丘五民区（一関） 助成金種類 一般コミュニティ助成事業（令和４年度） 整備備品等 除雪機、除雪機保管用倉庫など」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation', 'communityHallAssociation', 'communityCollaborationBody'],
  applicationWindow: { ...LOTTERY_WINDOW },
  projectFiscalYear: 'nextYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 2_500_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: ['備品購入費'],
  priorConsultationRequired: false,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [...LOTTERY_EXAMPLE_FIGURES],
};

const lotteryCommunityCentre: Program = {
  code: 'コミセン',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: 'コミュニティ助成事業（コミュニティセンター助成事業）',
  source: `${LOTTERY_SOURCE}; example grantee lines 237–239: 「助成団体名 常盤集落公民館（花泉） 助成金種類 コミュニティセンター助成事業（令和３年度） 整 備 内 容 集会施設建設」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation', 'communityHallAssociation', 'communityCollaborationBody'],
  applicationWindow: { ...LOTTERY_WINDOW },
  projectFiscalYear: 'nextYear',
  settledEachFiscalYear: true,
  rate: { numerator: 3, denominator: 5 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 15_000_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: ['集会施設建設費'],
  priorConsultationRequired: false,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [...LOTTERY_EXAMPLE_FIGURES],
};

const lotteryDisasterPrevention: Program = {
  code: 'コミ防災',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: 'コミュニティ助成事業（地域防災組織育成助成事業）',
  source: `${LOTTERY_SOURCE}; line 207: 「コミュニティ助成事業には、上記の助成金の種類以外にも、地域防災組織育成助成や、青少年健全育成助成などの助成もあります」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation', 'communityCollaborationBody'],
  applicationWindow: { ...LOTTERY_WINDOW },
  projectFiscalYear: 'nextYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 2_000_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: ['防災資機材購入費', '備品購入費'],
  priorConsultationRequired: false,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: ['eligibleExpenseCategories', ...LOTTERY_EXAMPLE_FIGURES],
};

const lotteryYouth: Program = {
  code: 'コミ青少年',
  version: 1,
  municipality: 'ichinoseki',
  nameJa: 'コミュニティ助成事業（青少年健全育成助成事業）',
  source: `${LOTTERY_SOURCE}; line 207: 「…地域防災組織育成助成や、青少年健全育成助成などの助成もあります」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation', 'communityCollaborationBody', 'npo', 'citizenGroup'],
  applicationWindow: { ...LOTTERY_WINDOW },
  projectFiscalYear: 'nextYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 1_000_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: ['eligibleExpenseCategories', ...LOTTERY_EXAMPLE_FIGURES],
};

/** 一関市: the three subsidies of the plan (事業1, 7, 8, the last in two parts) and the four kinds of コミュニティ助成事業. */
export const ICHINOSEKI_PROGRAMS: readonly Program[] = [
  consensusBuilding,
  collaborationBodySupport,
  activityGrant,
  activityGrantStaffCosts,
  lotteryGeneral,
  lotteryCommunityCentre,
  lotteryDisasterPrevention,
  lotteryYouth,
];
