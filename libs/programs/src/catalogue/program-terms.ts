import { formatEraDate, type IsoDate } from '#libs/calendar';
import type { LocalizedText } from '#libs/errors';
import { DOCUMENT_KIND_LABELS, MUNICIPALITY_LABELS, ORGANIZATION_TYPE_LABELS, ROUNDING_LABELS } from '../program-labels.js';
import type { DocumentKind, DocumentPhase, Fraction, OrganizationType, Program, Yen } from '../program.js';

/** Where a program's window stands on a day: taken all year, not yet open, open, or closed. */
export type ProgramWindowStatus = 'allYear' | 'upcoming' | 'open' | 'closed';

const WINDOW_STATUS_LABELS: Readonly<Record<ProgramWindowStatus, LocalizedText>> = {
  allYear: { ja: '通年受付', en: 'taken all year' },
  upcoming: { ja: '受付前', en: 'not yet open' },
  open: { ja: '受付中', en: 'open' },
  closed: { ja: '受付終了', en: 'closed' },
};

/** A program as an applicant reads it before applying: what it funds, how much, when, and with which papers. */
export interface ProgramTerms {
  code: string;
  version: number;
  nameJa: string;
  municipalityJa: string;
  window: {
    status: ProgramWindowStatus;
    statusLabel: LocalizedText;
    opens: IsoDate | null;
    closes: IsoDate | null;
    /** 令和7年4月1日から令和7年5月31日まで, or 通年受付. */
    ja: string;
  };
  eligibleOrganizationTypes: Array<{ type: OrganizationType; ja: string }>;
  rate: Fraction & { ja: string };
  rounding: { rule: Program['rounding']; ja: string };
  caps: { perFiscalYear: Yen | null; total: { amount: Yen; fiscalYears: number } | null; ja: string };
  /** 均等割 + 地域割, when the cap depends on the area's population. */
  allocationJa: string | null;
  eligibleExpenseCategories: string[];
  requiredDocuments: Record<DocumentPhase, Array<{ kind: DocumentKind; ja: string }>>;
  priorConsultationRequired: boolean;
  advancePayment: { allowed: boolean; maxFraction: Fraction | null; ja: string };
  /** Applied for in one fiscal year for a project in the next (宝くじ助成), or in the same year. */
  projectFiscalYearJa: string;
  /** The whole in a few plain sentences. */
  summaryJa: string;
}

const yen = (amount: Yen) => `${amount.toLocaleString('ja-JP')}円`;

/** 2/3 → 3分の2; 1/1 → 10分の10（全額）. */
export function rateJa({ numerator, denominator }: Fraction): string {
  return numerator === denominator ? '10分の10（全額）' : `${denominator}分の${numerator}`;
}

export function windowStatusOn(program: Pick<Program, 'applicationWindow'>, on: IsoDate): ProgramWindowStatus {
  const window = program.applicationWindow;
  if (!window) return 'allYear';
  if (on < window.opens) return 'upcoming';
  return on > window.closes ? 'closed' : 'open';
}

function capsJa({ perFiscalYear, total }: Program['caps']): string {
  const parts = [
    ...(perFiscalYear !== null ? [`1年度あたり${yen(perFiscalYear)}まで`] : []),
    ...(total !== null ? [`${total.fiscalYears}年度までの通算で${yen(total.amount)}まで`] : []),
  ];
  return parts.length > 0 ? parts.join('、') : '上限なし';
}

/** How a program's rules read for the people who apply: the catalogue of GET /programs. */
export function programTerms(program: Program, on: IsoDate): ProgramTerms {
  const status = windowStatusOn(program, on);
  const window = program.applicationWindow;
  const documents = (phase: DocumentPhase) => program.requiredDocuments[phase].map((kind) => ({ kind, ja: DOCUMENT_KIND_LABELS[kind] }));
  const advance = program.advancePayment;
  const advanceJa = advance.allowed ? `前金払・概算払ができます（交付決定額の${rateJa(advance.maxFraction)}まで）` : '前金払・概算払はできません（精算払のみ）';
  const allocationJa = program.allocationFormula
    ? `上限は均等割${yen(program.allocationFormula.flatShare)}に、地域の人口に応じた地域割を加えた額です`
    : null;
  const caps = capsJa(program.caps);
  const summary = [
    `補助率は対象経費の${rateJa(program.rate)}（${ROUNDING_LABELS[program.rounding]}）、上限は${caps}です。`,
    ...(allocationJa ? [`${allocationJa}。`] : []),
    program.priorConsultationRequired ? '申請の前に事前協議（相談）が必要です。' : '',
    `${advanceJa}。`,
  ].join('');
  return {
    code: program.code,
    version: program.version,
    nameJa: program.nameJa,
    municipalityJa: MUNICIPALITY_LABELS[program.municipality],
    window: {
      status,
      statusLabel: WINDOW_STATUS_LABELS[status],
      opens: window?.opens ?? null,
      closes: window?.closes ?? null,
      ja: window ? `${formatEraDate(window.opens)}から${formatEraDate(window.closes)}まで` : '通年受付',
    },
    eligibleOrganizationTypes: program.eligibleOrganizationTypes.map((type) => ({ type, ja: ORGANIZATION_TYPE_LABELS[type] })),
    rate: { ...program.rate, ja: rateJa(program.rate) },
    rounding: { rule: program.rounding, ja: ROUNDING_LABELS[program.rounding] },
    caps: { perFiscalYear: program.caps.perFiscalYear, total: program.caps.total, ja: caps },
    allocationJa,
    eligibleExpenseCategories: [...program.eligibleExpenseCategories],
    requiredDocuments: { application: documents('application'), change: documents('change'), report: documents('report') },
    priorConsultationRequired: program.priorConsultationRequired,
    advancePayment: { allowed: advance.allowed, maxFraction: advance.allowed ? advance.maxFraction : null, ja: advanceJa },
    projectFiscalYearJa: program.projectFiscalYear === 'nextYear' ? '翌年度に行う事業を、前の年度に申請します' : '申請した年度に行う事業です',
    summaryJa: summary,
  };
}
