import { validateDeadlineRule } from '#libs/calendar';
import { enteredJa, type Problem, problem, text } from '#libs/errors';
import type { Program } from '../program.js';
import { MUNICIPALITY_LABELS, ORGANIZATION_TYPE_LABELS, ROUNDING_LABELS } from '../program-labels.js';
import { allocationFormulaProblems } from './allocation-formula-problems.js';
import { applicationWindowProblems } from './application-window-problems.js';
import { approvalRouteProblems } from './approval-route-problems.js';
import { capsProblems } from './caps-problems.js';
import { choiceProblems } from './choice-problems.js';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';
import { hasFigurePath } from './figure-path.js';
import { fractionProblems } from './fraction-problems.js';
import { listProblems } from './list-problems.js';
import { objectShapeProblems } from './object-shape-problems.js';
import { programFieldLabel } from './program-field-name.js';
import type { ProgramValidation } from './program-validation.js';
import { requiredDocumentsProblems } from './required-documents-problems.js';
import { textProblems } from './text-problems.js';
import { wholeNumberProblems } from './whole-number-problems.js';

// A hand-written checker rather than class-validator DTOs: a program is mostly unions
// (`allowed: false | { allowed: true, maxFraction }`, five kinds of DeadlineRule nested in
// `earliestOf`, `null` meaning "no such cap") and rules across fields (closes ≥ opens,
// ascending brackets and approval steps, numerator ≤ denominator, exampleFigures naming real
// paths). class-transformer's discriminators want a class per variant and the cross-field
// rules would be custom validators anyway; plain functions that each return problems (the
// path, a Japanese and an English sentence) are shorter, keep this lib free of decorators
// and reflect-metadata, and reuse the calendar's validateDeadlineRule as it is.

/** Keyed by `keyof Program` so that a field added to the type must be added here too. */
const PROGRAM_FIELDS: Readonly<Record<keyof Program, true>> = {
  code: true,
  version: true,
  municipality: true,
  nameJa: true,
  source: true,
  eligibleOrganizationTypes: true,
  applicationWindow: true,
  projectFiscalYear: true,
  settledEachFiscalYear: true,
  rate: true,
  rounding: true,
  caps: true,
  allocationFormula: true,
  eligibleExpenseCategories: true,
  priorConsultationRequired: true,
  advancePayment: true,
  minorChangeThreshold: true,
  reportDeadline: true,
  correctionDeadline: true,
  reviewDeadline: true,
  standardProcessingDays: true,
  refundDeadline: true,
  paymentDeadline: true,
  withdrawalPeriodDays: true,
  approvalRoute: true,
  refundInterest: true,
  requiredDocuments: true,
  reminders: true,
  exampleFigures: true,
};

const DEADLINE_FIELDS = ['reportDeadline', 'correctionDeadline', 'reviewDeadline', 'refundDeadline', 'paymentDeadline'] as const;

/** Program codes appear in case numbers between hyphens (R7-協働支援-0012): short, no hyphen, no space. */
const CODE_PATTERN = /^[^\s-]{1,16}$/u;

/**
 * Checks program data (a seed module, an admin's edit, a stored version) against every rule
 * a program must satisfy and returns the program or all its problems, each under the field's
 * path, in Japanese naming the field as a clerk knows it and in English naming the path.
 */
export function validateProgram(data: unknown): ProgramValidation {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [problem(null, `制度の定義は、項目を並べたもの（JSON のオブジェクト）で送ってください${enteredJa(data)}。`, `a program must be an object (got ${describeValue(data)})`)] };
  }
  const fields = data as Record<string, unknown>;
  // A missing field is reported once, by objectShapeProblems, not again by its own check.
  const checkIfPresent = (field: keyof Program, check: (value: unknown) => Problem[]): Problem[] =>
    Object.hasOwn(fields, field) ? check(fields[field]) : [];

  const problems = [
    ...objectShapeProblems(data, '', Object.keys(PROGRAM_FIELDS)),
    ...checkIfPresent('code', codeProblems),
    ...checkIfPresent('version', (value) => wholeNumberProblems(value, 'version', 1)),
    ...checkIfPresent('municipality', (value) =>
      choiceProblems(value, 'municipality', Object.keys(MUNICIPALITY_LABELS), Object.values(MUNICIPALITY_LABELS)),
    ),
    ...checkIfPresent('nameJa', (value) => textProblems(value, 'nameJa')),
    ...checkIfPresent('source', (value) => textProblems(value, 'source')),
    ...checkIfPresent('eligibleOrganizationTypes', (value) =>
      listProblems(value, 'eligibleOrganizationTypes', { nonEmpty: true, unique: true }, (type, path) =>
        choiceProblems(type, path, Object.keys(ORGANIZATION_TYPE_LABELS)),
      ),
    ),
    ...checkIfPresent('applicationWindow', applicationWindowProblems),
    ...checkIfPresent('projectFiscalYear', (value) =>
      choiceProblems(value, 'projectFiscalYear', ['sameYear', 'nextYear'], ['申請した年度', '申請した次の年度']),
    ),
    ...checkIfPresent('settledEachFiscalYear', (value) => choiceProblems(value, 'settledEachFiscalYear', [true, false])),
    ...checkIfPresent('rate', (value) =>
      fractionProblems(value, 'rate', {
        aboveZero: true,
        atMostOneBecause: text('100%を超えると、使った額より多く払うことになります。', 'a rate above 100% would pay more than was spent'),
      }),
    ),
    ...checkIfPresent('rounding', (value) => choiceProblems(value, 'rounding', Object.keys(ROUNDING_LABELS), Object.values(ROUNDING_LABELS))),
    ...checkIfPresent('caps', capsProblems),
    ...checkIfPresent('allocationFormula', allocationFormulaProblems),
    ...checkIfPresent('eligibleExpenseCategories', (value) =>
      listProblems(value, 'eligibleExpenseCategories', { nonEmpty: true, unique: true }, textProblems),
    ),
    ...checkIfPresent('priorConsultationRequired', (value) => choiceProblems(value, 'priorConsultationRequired', [true, false])),
    ...checkIfPresent('advancePayment', advancePaymentProblems),
    ...checkIfPresent('minorChangeThreshold', (value) =>
      fractionProblems(value, 'minorChangeThreshold', {
        aboveZero: false,
        atMostOneBecause: text('経費の区分の全部を超える変更は、軽微な変更になりません。', 'a change of more than the whole cost category is never minor'),
      }),
    ),
    ...DEADLINE_FIELDS.flatMap((field) => checkIfPresent(field, (value) => validateDeadlineRule(value, field, programFieldLabel(field)))),
    ...checkIfPresent('standardProcessingDays', (value) => wholeNumberProblems(value, 'standardProcessingDays', 1)),
    ...checkIfPresent('withdrawalPeriodDays', (value) => wholeNumberProblems(value, 'withdrawalPeriodDays', 1)),
    ...checkIfPresent('approvalRoute', approvalRouteProblems),
    ...checkIfPresent('refundInterest', refundInterestProblems),
    ...checkIfPresent('requiredDocuments', requiredDocumentsProblems),
    ...checkIfPresent('reminders', remindersProblems),
    ...checkIfPresent('exampleFigures', (value) => exampleFiguresProblems(value, data)),
  ];
  problems.push(...uncappedProblems(fields.caps, fields.allocationFormula));
  return problems.length > 0 ? { problems } : { program: data as Program };
}

function codeProblems(value: unknown): Problem[] {
  if (typeof value === 'string' && CODE_PATTERN.test(value)) return [];
  return [
    fieldProblem(
      'code',
      (name) => `${name}は、ハイフンと空白を含まない1〜16文字にしてください。案件番号（例: R7-協働支援-0012）の中で使います${enteredJa(value)}。`,
      `code must be 1 to 16 characters without hyphens or spaces, as it appears in case numbers like R7-協働支援-0012 (got ${JSON.stringify(value)})`,
    ),
  ];
}

function advancePaymentProblems(value: unknown): Problem[] {
  if (typeof value === 'object' && value !== null && (value as Record<string, unknown>).allowed === false) {
    return objectShapeProblems(value, 'advancePayment', ['allowed']);
  }
  const shape = objectShapeProblems(value, 'advancePayment', ['allowed', 'maxFraction']);
  if (shape.length > 0) return shape;
  const { allowed, maxFraction } = value as Record<string, unknown>;
  return [
    ...choiceProblems(allowed, 'advancePayment.allowed', [true, false]),
    ...fractionProblems(maxFraction, 'advancePayment.maxFraction', {
      aboveZero: true,
      atMostOneBecause: text('前金払・概算払は、交付決定の額を超えられません。', 'an advance cannot exceed the decided amount'),
    }),
  ];
}

function refundInterestProblems(value: unknown): Problem[] {
  const shape = objectShapeProblems(value, 'refundInterest', ['additionPerYear', 'delinquencyPerYear']);
  if (shape.length > 0) return shape;
  const rates = value as Record<string, unknown>;
  const limits = {
    aboveZero: false,
    atMostOneBecause: text('年100%を超える率を定める決まりはありません。', 'a charge above 100% a year is not a rate any rule sets'),
  };
  return [
    ...fractionProblems(rates.additionPerYear, 'refundInterest.additionPerYear', limits),
    ...fractionProblems(rates.delinquencyPerYear, 'refundInterest.delinquencyPerYear', limits),
  ];
}

function remindersProblems(value: unknown): Problem[] {
  const shape = objectShapeProblems(value, 'reminders', ['daysBefore', 'escalateAfterDays']);
  if (shape.length > 0) return shape;
  const { daysBefore, escalateAfterDays } = value as Record<string, unknown>;
  return [
    ...listProblems(daysBefore, 'reminders.daysBefore', { nonEmpty: false, unique: true }, (days, path) =>
      wholeNumberProblems(days, path, 0),
    ),
    ...wholeNumberProblems(escalateAfterDays, 'reminders.escalateAfterDays', 0),
  ];
}

function exampleFiguresProblems(value: unknown, program: unknown): Problem[] {
  return listProblems(value, 'exampleFigures', { nonEmpty: false, unique: true }, (path, itemPath) => {
    const problems = textProblems(path, itemPath);
    if (problems.length > 0) return problems;
    if (hasFigurePath(program, path as string)) return [];
    return [
      fieldProblem(
        itemPath,
        (name) => `${name}の「${path as string}」は、この制度の項目ではありません。`,
        `${itemPath} names ${JSON.stringify(path)}, which is not a field of this program`,
      ),
    ];
  });
}

/** Without any cap only the budget would limit a grant: every program in the seeds names a 限度額. */
function uncappedProblems(caps: unknown, allocationFormula: unknown): Problem[] {
  if (typeof caps !== 'object' || caps === null) return []; // reported by capsProblems
  const { perFiscalYear, total } = caps as Record<string, unknown>;
  if (perFiscalYear !== null || total !== null || allocationFormula !== null) return [];
  return [
    fieldProblem(
      'caps',
      (name) => `${name}（限度額）がありません。年度あたりの上限額、通算の上限額、均等割・地域割のどれかを決めてください。上限がないと、予算のほかに交付額を抑えるものがなくなります。`,
      'caps: a program needs caps.perFiscalYear, caps.total or an allocationFormula (限度額); with none, only the budget would limit a grant',
    ),
  ];
}
