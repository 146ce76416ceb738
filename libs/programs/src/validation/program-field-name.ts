/**
 * The fields of a program as a clerk knows them, by path with list items as `[]`. A field's
 * own name when it is not a list item's part; `numerator` and `denominator` are named from
 * their fraction (補助率の分子), list items by their position (決裁ルートの2段目).
 */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  code: '制度コード',
  version: '版の番号',
  municipality: '自治体',
  nameJa: '制度の名前',
  source: '決まりの出典',
  eligibleOrganizationTypes: '対象となる団体の種類',
  applicationWindow: '申請受付期間',
  'applicationWindow.opens': '申請受付期間の開始日',
  'applicationWindow.closes': '申請受付期間の終了日',
  projectFiscalYear: '事業を行う年度',
  settledEachFiscalYear: '単年度精算',
  rate: '補助率',
  rounding: '端数の処理',
  caps: '上限額',
  'caps.perFiscalYear': '年度あたりの上限額',
  'caps.total': '通算の上限',
  'caps.total.amount': '通算の上限額',
  'caps.total.fiscalYears': '通算の上限の年度数',
  allocationFormula: '均等割・地域割',
  'allocationFormula.flatShare': '均等割の額',
  'allocationFormula.populationBrackets': '地域割の人口区分',
  eligibleExpenseCategories: '補助の対象になる経費の種類',
  priorConsultationRequired: '事前協議',
  advancePayment: '前金払・概算払',
  'advancePayment.allowed': '前金払・概算払の可否',
  'advancePayment.maxFraction': '前金払・概算払の上限の割合',
  minorChangeThreshold: '軽微な変更の割合',
  reportDeadline: '実績報告の期限',
  correctionDeadline: '補正（差戻し）の期限',
  reviewDeadline: '審査の期限',
  standardProcessingDays: '標準処理期間の日数',
  refundDeadline: '返還の期限',
  paymentDeadline: '支払の期限',
  withdrawalPeriodDays: '交付決定の後に取り下げられる日数',
  approvalRoute: '決裁ルート',
  refundInterest: '加算金・延滞金',
  'refundInterest.additionPerYear': '加算金の年率',
  'refundInterest.delinquencyPerYear': '延滞金の年率',
  requiredDocuments: '必要な書類',
  'requiredDocuments.application': '申請で必要な書類',
  'requiredDocuments.change': '変更で必要な書類',
  'requiredDocuments.report': '実績報告で必要な書類',
  reminders: 'お知らせ',
  'reminders.daysBefore': '期限の前にお知らせする日',
  'reminders.escalateAfterDays': '期限切れを担当者に知らせるまでの日数',
  exampleFigures: '例として置いた数値の一覧',
};

/** The parts of a list item, named after the item (決裁ルートの2段目の上限額). */
const ITEM_PART_NAMES: Readonly<Record<string, string>> = {
  'approvalRoute[].upTo': '上限額',
  'approvalRoute[].approverTitle': '決裁者の職名',
  'allocationFormula.populationBrackets[].minPopulation': '人口の下限',
  'allocationFormula.populationBrackets[].maxPopulation': '人口の上限',
  'allocationFormula.populationBrackets[].amount': '地域割の額',
};

/** How a list counts its items: steps of a route and brackets go by 段, the rest by 番目. */
const ITEM_COUNTERS: Readonly<Record<string, string>> = {
  approvalRoute: '段目',
  'allocationFormula.populationBrackets': '段目',
};

const FRACTION_PARTS: Readonly<Record<string, string>> = { numerator: '分子', denominator: '分母' };

const own = (names: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(names, key) ? names[key] : undefined);

/**
 * The Japanese name of the program field at `path` (`approvalRoute[1].upTo` →
 * 決裁ルートの2段目の上限額), without the path. A part no table names (a misspelt field) keeps
 * the name it was given.
 */
export function programFieldLabel(path: string): string {
  let shape = '';
  let words = '';
  for (const [, field, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      words = `${words}の${Number(index) + 1}${own(ITEM_COUNTERS, shape) ?? '番目'}`;
      shape = `${shape}[]`;
      continue;
    }
    shape = shape === '' ? (field as string) : `${shape}.${field as string}`;
    const name = own(FIELD_NAMES, shape);
    const part = own(ITEM_PART_NAMES, shape) ?? own(FRACTION_PARTS, field as string) ?? (field as string);
    words = name ?? (words === '' ? part : `${words}の${part}`);
  }
  return words;
}

/** The field as refusals name it: its Japanese name with its path beside it, for a person and a developer both (補助率の分母（rate.denominator）). */
export const programFieldName = (path: string): string => `${programFieldLabel(path)}（${path}）`;
