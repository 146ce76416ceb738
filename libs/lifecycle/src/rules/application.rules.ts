import { type Problem, problem } from '#libs/errors';
import { DOCUMENT_KIND_LABELS, type DocumentKind, ProgramsException } from '#libs/programs';
import { formatEraDate } from '#libs/calendar';
import type { CaseContext } from '../case-context.js';
import type { CaseEventOf } from '../case-event.js';
import { fieldName } from '../event-field-labels.js';
import { expenseLineProblems, yenEn, yenJa, yenProblems } from './amount-checks.js';
import { grantableMaximum } from './grantable-maximum.js';

type Filing = CaseEventOf<'SUBMIT' | 'RESUBMIT'>;

/** 申請 / 再提出: documents present, 事前協議 done where required, amounts within every cap. */
export function filingProblems(context: CaseContext, event: Filing): Problem[] {
  const { program } = context;
  const amountProblems = [
    ...yenProblems('requestedAmount', event.requestedAmount, { positive: true }),
    ...expenseLineProblems('plannedExpenses', event.plannedExpenses),
  ];
  if (amountProblems.length > 0) return amountProblems;

  const problems: Problem[] = [
    ...(event.type === 'SUBMIT' ? windowProblems(program, event.on) : []),
    ...priorConsultationProblems(context),
  ];
  problems.push(...missingDocumentProblems(program.requiredDocuments.application, event.documents, { ja: '申請', en: 'the application' }));
  if (event.remainingTotalCap !== null) problems.push(...yenProblems('remainingTotalCap', event.remainingTotalCap, { positive: false }));
  // The caps cannot be checked without these figures; refuse rather than guess.
  const missingFigures = [
    ...(program.caps.total && event.remainingTotalCap === null
      ? [
          problem(
            null,
            'この制度は複数年度の通算上限があるため、通算上限の残額が必要です。',
            'remainingTotalCap is required: this program caps the total over several fiscal years',
          ),
        ]
      : []),
    ...(program.allocationFormula && context.population === null
      ? [
          problem(
            null,
            'この制度の上限額は地域の人口で決まります（均等割＋地域割）。団体の地域の人口を登録してください。',
            "the applicant area's population is required: this program's cap depends on it (均等割 + 地域割)",
          ),
        ]
      : []),
  ];
  if (missingFigures.length > 0) return [...problems, ...missingFigures];

  let maximum: number;
  try {
    maximum = grantableMaximum({ ...context, remainingTotalCap: event.remainingTotalCap }, event.plannedExpenses);
  } catch (error) {
    // e.g. a population no bracket of the 地域割 covers: the program's data cannot price this case.
    if (error instanceof ProgramsException) {
      return [...problems, problem(null, `制度の設定でこの申請の上限額を計算できません。担当職員にお問い合わせください（${error.message}）。`, error.message)];
    }
    throw error;
  }
  if (event.requestedAmount > maximum) {
    problems.push(
      problem(
        'requestedAmount',
        `${fieldName('requestedAmount')}${yenJa(event.requestedAmount)}は、この経費に対してこの制度が交付できる上限${yenJa(maximum)}を超えています。`,
        `requestedAmount ${yenEn(event.requestedAmount)} is above the most this program can grant for these expenses: ${yenEn(maximum)}`,
      ),
    );
  }
  return problems;
}

/** 募集期間: a first filing only while the program's window is open. */
export function windowProblems(program: CaseContext['program'], on: string): Problem[] {
  if (!program.applicationWindow) return [];
  const { opens, closes } = program.applicationWindow;
  if (on >= opens && on <= closes) return [];
  return [
    problem(
      null,
      `募集期間（${formatEraDate(opens)}から${formatEraDate(closes)}まで）の外のため、提出できません。`,
      `the application window (募集期間) runs from ${opens} to ${closes}; today is ${on}`,
    ),
  ];
}

/** 事前協議: where the program requires it, the consultation must be concluded first. */
export function priorConsultationProblems(context: CaseContext): Problem[] {
  return context.program.priorConsultationRequired && !context.consultationConcluded
    ? [
        problem(
          null,
          'この制度は、申請の前に事前協議（相談）を終えている必要があります。',
          'this program requires a concluded prior consultation (事前協議) before the application',
        ),
      ]
    : [];
}

/** The kinds a step requires that the case does not hold, as one problem naming each. */
export function missingDocumentProblems(
  required: readonly DocumentKind[],
  held: readonly DocumentKind[],
  step: { ja: string; en: string },
): Problem[] {
  const missing = required.filter((kind) => !held.includes(kind));
  if (missing.length === 0) return [];
  return [
    problem(
      'documents',
      `${step.ja}に必要な書類がそろっていません：${missing.map((kind) => DOCUMENT_KIND_LABELS[kind]).join('、')}。書類を添付してからもう一度送ってください。`,
      `documents missing for ${step.en}: ${missing.join(', ')}`,
    ),
  ];
}

/** A draft that could never be filed is refused at the start: 事前協議 first, and not after the window. */
export function startApplicationProblems(context: CaseContext, on: string): Problem[] {
  const { program } = context;
  const problems: Problem[] = [];
  if (program.priorConsultationRequired && !context.consultationConcluded) {
    problems.push(
      problem(
        null,
        'この制度は事前協議（相談）が必要です。先に相談を申し込んでください。',
        'this program requires a prior consultation (事前協議): open a consultation first',
      ),
    );
  }
  if (program.applicationWindow && on > program.applicationWindow.closes) {
    problems.push(
      problem(
        null,
        `募集期間は${formatEraDate(program.applicationWindow.closes)}に終わりました。`,
        `the application window (募集期間) closed on ${program.applicationWindow.closes}`,
      ),
    );
  }
  return problems;
}

export function textProblems(field: string, value: string): Problem[] {
  return value.trim().length === 0 ? [problem(field, `${fieldName(field)}を入力してください。`, `${field} must not be empty`)] : [];
}

/** A date that must come after today: a due date set by the city. */
export function afterTodayProblems(field: string, date: string, today: string): Problem[] {
  return date <= today
    ? [problem(field, `${fieldName(field)}は明日以降の日付にしてください（今日は${formatEraDate(today)}）。`, `${field} must be after today (${today})`)]
    : [];
}

export function returnProblems(event: CaseEventOf<'RETURN_FOR_CORRECTION' | 'RETURN_REPORT'>): Problem[] {
  return [...textProblems('reason', event.reason), ...(event.dueOn !== null ? afterTodayProblems('dueOn', event.dueOn, event.on) : [])];
}
