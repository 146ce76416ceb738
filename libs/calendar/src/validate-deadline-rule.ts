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
 * The problems in a deadline rule, each naming where it is (`reportDeadline.rules[1].days …`);
 * empty when the rule is sound. Takes `unknown` because rules arrive as program data.
 */
export function validateDeadlineRule(rule: unknown, path = 'rule'): string[] {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    return [`${path} must be an object with a kind`];
  }
  const fields = rule as Record<string, unknown>;
  switch (fields.kind) {
    case 'daysAfter':
    case 'openDaysAfter':
      return isDayCount(fields.days) ? [] : [`${path}.days must be a whole number ≥ 0, got ${describe(fields.days)}`];
    case 'fixedDateAfterFiscalYearEnd':
      return isMonthAndDayOfEveryYear(fields.month, fields.day)
        ? []
        : [`${path} month/day ${describe(fields.month)}/${describe(fields.day)} is not a date that exists every year`];
    case 'onDate':
      return isIsoDate(fields.date) ? [] : [`${path}.date must be a real YYYY-MM-DD date, got ${describe(fields.date)}`];
    case 'earliestOf':
      if (!Array.isArray(fields.rules) || fields.rules.length === 0) {
        return [`${path}.rules must be a non-empty list of rules`];
      }
      return fields.rules.flatMap((subRule: unknown, index) => validateDeadlineRule(subRule, `${path}.rules[${index}]`));
    default:
      return [`${path}.kind ${describe(fields.kind)} is not one of ${DEADLINE_RULE_KINDS.join(', ')}`];
  }
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
