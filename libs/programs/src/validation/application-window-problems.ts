import { isIsoDate } from '#libs/calendar';
import { describeValue } from './describe-value.js';
import { objectShapeProblems } from './object-shape-problems.js';

/** Why `value` is not null (all year) nor a window of two real dates that closes on or after it opens. */
export function applicationWindowProblems(value: unknown): string[] {
  if (value === null) return [];
  const shape = objectShapeProblems(value, 'applicationWindow', ['opens', 'closes']);
  if (shape.length > 0) return shape;
  const { opens, closes } = value as Record<string, unknown>;
  const problems = [opens, closes].flatMap((date, index) =>
    isIsoDate(date) ? [] : [`applicationWindow.${index === 0 ? 'opens' : 'closes'} must be a real YYYY-MM-DD date (got ${describeValue(date)})`],
  );
  if (problems.length === 0 && (closes as string) < (opens as string)) {
    problems.push(`applicationWindow.closes (${closes as string}) must not be before opens (${opens as string})`);
  }
  return problems;
}
