import type { Program } from '../program.js';
import { EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES, exampleAdministrativePractice } from './example-administrative-practice.js';
import { exampleDocuments } from './example-documents.js';
import { exampleActivityExpenseCategories } from './example-expense-categories.js';

// The Yuzawa programme names its financial support and when it is given, but no rate,
// cap or formula: every such figure below is an example.
const PROGRAMME = '002_b4c326f041450b51.txt (湯沢市 地域づくり推進プログラム, 2021)';

/** Granted to an area body once its まちづくり計画書 is filed with the mayor (steps ⑦ and ⑧). */
const areaOrganizationGrant: Program = {
  code: '自治組織',
  version: 1,
  municipality: 'yuzawa',
  nameJa: '地域自治組織交付金',
  source: `${PROGRAMME} line 146: 「地域自治組織交付金、提案型補助金の見直しを検討し、地域の課題解決に向けた取り組みへの支援に重点配分していきます」; lines 221–226: 「⑦ 市長への届け出 計画書の届け出」「⑧ 事業の実施 … 地域自治組織交付金の交付」; line 72: 地域づくり事業交付金`,
  eligibleOrganizationTypes: ['areaAutonomyOrganization'],
  applicationWindow: { opens: '2025-04-01', closes: '2025-05-30' },
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 1 },
  rounding: 'floorToYen',
  caps: { perFiscalYear: null, total: null },
  allocationFormula: {
    flatShare: 500_000,
    populationBrackets: [
      { minPopulation: 0, maxPopulation: 999, amount: 200_000 },
      { minPopulation: 1_000, maxPopulation: 2_999, amount: 400_000 },
      { minPopulation: 3_000, maxPopulation: null, amount: 600_000 },
    ],
  },
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  // The filed plan is the condition of the grant: required with the application.
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

const participationProposal: Program = {
  code: '提案型',
  version: 1,
  municipality: 'yuzawa',
  nameJa: '参加・協働のまちづくり提案型補助金',
  source: `${PROGRAMME} line 72: 「地域住民の自発的な活動を支援するため、地域づくり事業交付金や参加・協働のまちづくり提案型補助金による財政支援を行っています」; line 146 (見直しを検討)`,
  eligibleOrganizationTypes: ['citizenGroup', 'npo', 'neighborhoodAssociation', 'areaAutonomyOrganization'],
  applicationWindow: { opens: '2025-04-14', closes: '2025-05-23' },
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 2 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 500_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: false,
  advancePayment: { allowed: true, maxFraction: { numerator: 5, denominator: 10 } },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(['bylawsAndRoster']),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'rounding',
    'caps.perFiscalYear',
    'eligibleExpenseCategories',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

/** A fund the programme proposes to create (創設…仕組みを検討): nothing of it is fixed yet. */
const townDevelopmentFund: Program = {
  code: 'ファンド',
  version: 1,
  municipality: 'yuzawa',
  nameJa: 'まちづくりファンド（基金）助成',
  source: `${PROGRAMME} line 148: 「新たに「まちづくりファンド（基金）」を創設し、まちづくり活動を行う各種団体への安定的な財政支援ができるような仕組みを検討します」`,
  eligibleOrganizationTypes: ['citizenGroup', 'npo', 'neighborhoodAssociation', 'areaAutonomyOrganization'],
  applicationWindow: null,
  projectFiscalYear: 'sameYear',
  settledEachFiscalYear: true,
  rate: { numerator: 1, denominator: 2 },
  rounding: 'floorTo1000',
  caps: { perFiscalYear: 300_000, total: null },
  allocationFormula: null,
  eligibleExpenseCategories: exampleActivityExpenseCategories(),
  priorConsultationRequired: true,
  advancePayment: { allowed: false },
  ...exampleAdministrativePractice(),
  requiredDocuments: exampleDocuments(['bylawsAndRoster']),
  exampleFigures: [
    'applicationWindow',
    'rate',
    'rounding',
    'caps.perFiscalYear',
    'eligibleExpenseCategories',
    'priorConsultationRequired',
    'advancePayment',
    'requiredDocuments',
    ...EXAMPLE_ADMINISTRATIVE_PRACTICE_FIGURES,
  ],
};

/** 湯沢市: the area grant, the proposal-based subsidy and the planned fund. */
export const YUZAWA_PROGRAMS: readonly Program[] = [areaOrganizationGrant, participationProposal, townDevelopmentFund];
