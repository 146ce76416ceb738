import type { Program } from '../program.js';
import { EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES, exampleAdministrativePractice } from './example-administrative-practice.js';
import { exampleDocuments } from './example-documents.js';
import { exampleActivityExpenseCategories } from './example-expense-categories.js';

// The Morioka digest names its subsidies and what each is for, but gives no rate, cap or
// bracket: every such figure below is an example. Where it says "一部" (a part of the cost),
// the example rate is below 100%.
const PLAN = '004_9c394c430c7291ba.txt (盛岡市 地域協働推進計画 概要版, FY2021–2025)';

const areaDevelopment: Program = {
  code: '地域づくり',
  version: 1,
  municipality: 'morioka',
  nameJa: '地域づくり事業補助金',
  source: `${PLAN} 施策9, line 346: 「地域づくり事業補助金の補助対象経費の拡充及び事前協議の簡略化を図るとともに、補助額の算定根拠である地区の人口に応じた区分の見直しを行います。また、「地域づくり計画書」の簡素化を図り…」; line 344: 「地域づくり事業補助金…の活用により、地域づくり組織が資金を確保し…」`,
  eligibleOrganizationTypes: ['areaDevelopmentOrganization'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: null, total: null },
  // 補助額の算定根拠である地区の人口に応じた区分: the amount is the bracket's; no flat share is named.
  allocationFormula: {
    flatShare: 0,
    populationBrackets: [
      { minPopulation: 0, maxPopulation: 4_999, amount: 300_000 },
      { minPopulation: 5_000, maxPopulation: 9_999, amount: 400_000 },
      { minPopulation: 10_000, maxPopulation: 14_999, amount: 500_000 },
      { minPopulation: 15_000, maxPopulation: null, amount: 600_000 },
    ],
  },
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  // 事前協議 (simplified by the plan, still required).
  priorConsultationRequired: true,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(['areaPlan']),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'allocationFormula.flatShare',
    'allocationFormula.populationBrackets',
    'eligibleExpenseCategories',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

/**
 * 協働推進奨励金: several honoraria and subsidies to a 町内会・自治会 merged into one, with a
 * simple, clear calculation. Modelled as a flat share plus a share by the association's
 * population (a city counting households instead enters households as the population).
 */
const collaborationIncentive: Program = {
  code: '協働推進',
  version: 1,
  municipality: 'morioka',
  nameJa: '協働推進奨励金',
  source: `${PLAN} line 45: 「町内会・自治会の役員の負担軽減を図るため、複数の謝礼金や補助金を一本化した協働推進奨励金を創設し、手続きを簡素化しました」; 施策7, line 254: 「町内会・自治会の活動財源の安定に寄与するため、協働推進奨励金の積算方法を簡素化するとともに、積算基準を明確にした上で、継続して実施します」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation'],
  applicationWindow: { opens: '2025-04-01', closes: '2025-05-30' },
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: null, total: null },
  allocationFormula: {
    flatShare: 30_000,
    populationBrackets: [
      { minPopulation: 0, maxPopulation: 499, amount: 20_000 },
      { minPopulation: 500, maxPopulation: 1_499, amount: 50_000 },
      { minPopulation: 1_500, maxPopulation: null, amount: 80_000 },
    ],
  },
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 1, denominator: 1 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'allocationFormula.flatShare',
    'allocationFormula.populationBrackets',
    'eligibleExpenseCategories',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

const communityActivity: Program = {
  code: 'コミ活動',
  version: 1,
  municipality: 'morioka',
  nameJa: 'コミュニティ活動費補助',
  source: `${PLAN} 施策10, line 347: 「コミュニティ推進地区組織の活動を維持・活性化するため、「コミュニティ活動費補助」を継続して実施します」`,
  eligibleOrganizationTypes: ['communityPromotionDistrict'],
  applicationWindow: { opens: '2025-04-01', closes: '2025-05-30' },
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: 150_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'caps.perFiscalYear',
    'eligibleExpenseCategories',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

const communityHallWorks: Program = {
  code: '公民館整備',
  version: 1,
  municipality: 'morioka',
  nameJa: '自治公民館整備事業補助',
  source: `${PLAN} 施策12, line 262: 「自治公民館の新築、増改築及び修繕などで必要となる経費の一部を補助する制度を継続して実施します」; line 60: 「老朽化が進む自治公民館の修繕費用を工面するのが難しい」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation', 'communityHallAssociation'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 2 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 3_000_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: ['新築工事費', '増改築工事費', '修繕費'],
  priorConsultationRequired: false,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'rounding',
    'caps.perFiscalYear',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

const vacantHouseHallRent: Program = {
  code: '公民館賃借',
  version: 1,
  municipality: 'morioka',
  nameJa: '空き家等利用自治公民館賃借料補助',
  source: `${PLAN} 施策11, line 261: 「空き家等を借り上げて自治公民館として活用する場合、賃借料の一部を補助する制度を実施します」`,
  eligibleOrganizationTypes: ['neighborhoodAssociation', 'communityHallAssociation'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 2 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: 240_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: ['賃借料'],
  priorConsultationRequired: false,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'caps.perFiscalYear',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

/** 盛岡市: the subsidies the digest names for 地域づくり組織, 町内会・自治会 and コミュニティ推進地区組織. */
export const MORIOKA_PROGRAMS: readonly Program[] = [
  areaDevelopment,
  collaborationIncentive,
  communityActivity,
  communityHallWorks,
  vacantHouseHallRent,
];
