import { describeValue } from './describe-value.js';
import { listProblems } from './list-problems.js';
import { objectShapeProblems } from './object-shape-problems.js';
import { wholeNumberProblems } from './whole-number-problems.js';
import { yenProblems } from './yen-problems.js';

const PATH = 'allocationFormula';

/**
 * Why `value` is not a sound 均等割 + 地域割: brackets in ascending order, each starting one
 * person above where the previous one ends, so that no population falls in two brackets or
 * between two; only the last may be open-ended.
 */
export function allocationFormulaProblems(value: unknown): string[] {
  if (value === null) return [];
  const shape = objectShapeProblems(value, PATH, ['flatShare', 'populationBrackets']);
  if (shape.length > 0) return shape;
  const { flatShare, populationBrackets } = value as Record<string, unknown>;
  const problems = [
    ...yenProblems(flatShare, `${PATH}.flatShare`),
    ...listProblems(populationBrackets, `${PATH}.populationBrackets`, { nonEmpty: true, unique: false }, bracketProblems),
  ];
  if (problems.length > 0) return problems;
  return sequenceProblems(populationBrackets as Bracket[]);
}

interface Bracket {
  minPopulation: number;
  maxPopulation: number | null;
  amount: number;
}

function bracketProblems(value: unknown, path: string): string[] {
  const shape = objectShapeProblems(value, path, ['minPopulation', 'maxPopulation', 'amount']);
  if (shape.length > 0) return shape;
  const { minPopulation, maxPopulation, amount } = value as Record<string, unknown>;
  const problems = [...wholeNumberProblems(minPopulation, `${path}.minPopulation`, 0), ...yenProblems(amount, `${path}.amount`)];
  const minimum = typeof minPopulation === 'number' ? minPopulation : 0;
  if (maxPopulation !== null && wholeNumberProblems(maxPopulation, `${path}.maxPopulation`, minimum).length > 0) {
    problems.push(`${path}.maxPopulation must be null (no upper bound) or a whole number ≥ minPopulation (got ${describeValue(maxPopulation)})`);
  }
  return problems;
}

function sequenceProblems(brackets: readonly Bracket[]): string[] {
  const problems: string[] = [];
  brackets.forEach((bracket, index) => {
    const path = `${PATH}.populationBrackets[${index}]`;
    if (bracket.maxPopulation === null && index < brackets.length - 1) {
      problems.push(`${path}.maxPopulation may be null only in the last bracket`);
    }
    const previous = brackets[index - 1];
    if (previous?.maxPopulation != null && bracket.minPopulation !== previous.maxPopulation + 1) {
      problems.push(
        `${path}.minPopulation must be ${previous.maxPopulation + 1}, one above the previous bracket's maxPopulation, so that brackets neither overlap nor leave a gap (got ${bracket.minPopulation})`,
      );
    }
  });
  return problems;
}
