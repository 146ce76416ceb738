import { enteredJa, type Problem, problem } from '#libs/errors';
import type { DeadlineRule } from './deadline-rule.js';
import { isIsoDate } from './is-iso-date.js';
import { isoDateFromParts } from './iso-date-parts.js';

const DEADLINE_RULE_KINDS: ReadonlyArray<DeadlineRule['kind']> = [
  'daysAfter',
  'openDaysAfter',
  'fixedDateAfterFiscalYearEnd',
  'onDate',
  'earliestOf',
];

// A year without 29 February: a fixed month/day must exist in every year it is applied to.
const COMMON_YEAR = 2001;

/**
 * The problems in a deadline rule, each naming where it is (`reportDeadline.rules[1].days`)
 * and, in Japanese, what it is: `name` is the rule as a clerk knows it (実績報告の期限), and
 * its parts are named from it (実績報告の期限の2番目の決まりの日数). Empty when the rule is
 * sound. Takes `unknown` because rules arrive as program data.
 */
export function validateDeadlineRule(rule: unknown, path = 'rule', name = '期限の決まり'): Problem[] {
  const at = (part: string, partName: string) => `${name}の${partName}（${path}.${part}）`;
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    return [problem(path, `${name}（${path}）は、決め方（日数・決まった日など）を選んで指定してください。`, `${path} must be an object with a kind`)];
  }
  const fields = rule as Record<string, unknown>;
  switch (fields.kind) {
    case 'daysAfter':
    case 'openDaysAfter':
      return isDayCount(fields.days)
        ? []
        : [
            problem(
              `${path}.days`,
              `${at('days', '日数')}は0以上の整数で入力してください${enteredJa(fields.days)}。`,
              `${path}.days must be a whole number ≥ 0, got ${describe(fields.days)}`,
            ),
          ];
    case 'fixedDateAfterFiscalYearEnd':
      return monthAndDayProblems(fields.month, fields.day, path, name);
    case 'onDate':
      return isIsoDate(fields.date)
        ? []
        : [
            problem(
              `${path}.date`,
              `${at('date', '日付')}は、実在する日付（例: 2026-03-31）で入力してください${enteredJa(fields.date)}。`,
              `${path}.date must be a real YYYY-MM-DD date, got ${describe(fields.date)}`,
            ),
          ];
    case 'earliestOf':
      if (!Array.isArray(fields.rules) || fields.rules.length === 0) {
        return [problem(`${path}.rules`, `${at('rules', '決まり')}を1つ以上指定してください。`, `${path}.rules must be a non-empty list of rules`)];
      }
      return fields.rules.flatMap((subRule: unknown, index) =>
        validateDeadlineRule(subRule, `${path}.rules[${index}]`, `${name}の${index + 1}番目の決まり`),
      );
    default:
      return [
        problem(
          `${path}.kind`,
          `${at('kind', '決め方')}は、決められたもの（日数・開庁日の日数・年度末の後の決まった日・決まった日付・いずれか早い日）から選んでください${enteredJa(fields.kind)}。`,
          `${path}.kind ${describe(fields.kind)} is not one of ${DEADLINE_RULE_KINDS.join(', ')}`,
        ),
      ];
  }
}

/** One problem, under the month when it is not a month, else under the day: the part to correct. */
function monthAndDayProblems(month: unknown, day: unknown, path: string, name: string): Problem[] {
  if (isMonthAndDayOfEveryYear(month, day)) return [];
  const isMonth = typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12;
  const en = `${path} month/day ${describe(month)}/${describe(day)} is not a date that exists every year`;
  if (!isMonth) return [problem(`${path}.month`, `${name}の月（${path}.month）は1から12の整数で入力してください${enteredJa(month)}。`, en)];
  return [
    problem(
      `${path}.day`,
      `${name}の日（${path}.day）は、${month}月に毎年ある日にしてください${enteredJa(day)}。${month === 2 ? '2月29日は毎年はないため使えません。' : ''}`,
      en,
    ),
  ];
}

function isDayCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isMonthAndDayOfEveryYear(month: unknown, day: unknown): boolean {
  return (
    typeof month === 'number' &&
    typeof day === 'number' &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    isIsoDate(isoDateFromParts({ year: COMMON_YEAR, month, day }))
  );
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
