import { enteredJa, type Problem } from '#libs/errors';
import { describeValue } from './describe-value.js';
import { fieldProblem } from './field-problem.js';
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
export function allocationFormulaProblems(value: unknown): Problem[] {
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

function bracketProblems(value: unknown, path: string): Problem[] {
  const shape = objectShapeProblems(value, path, ['minPopulation', 'maxPopulation', 'amount']);
  if (shape.length > 0) return shape;
  const { minPopulation, maxPopulation, amount } = value as Record<string, unknown>;
  const problems = [...wholeNumberProblems(minPopulation, `${path}.minPopulation`, 0), ...yenProblems(amount, `${path}.amount`)];
  const minimum = typeof minPopulation === 'number' ? minPopulation : 0;
  if (maxPopulation !== null && wholeNumberProblems(maxPopulation, `${path}.maxPopulation`, minimum).length > 0) {
    problems.push(
      fieldProblem(
        `${path}.maxPopulation`,
        (name) => `${name}は、人口の下限（${minimum}人）以上の整数にするか、上限がなければ空にしてください${enteredJa(maxPopulation)}。`,
        `${path}.maxPopulation must be null (no upper bound) or a whole number ≥ minPopulation (got ${describeValue(maxPopulation)})`,
      ),
    );
  }
  return problems;
}

function sequenceProblems(brackets: readonly Bracket[]): Problem[] {
  const problems: Problem[] = [];
  brackets.forEach((bracket, index) => {
    const path = `${PATH}.populationBrackets[${index}]`;
    if (bracket.maxPopulation === null && index < brackets.length - 1) {
      problems.push(
        fieldProblem(`${path}.maxPopulation`, (name) => `${name}を入力してください。上限を空にできるのは最後の段だけです。`, `${path}.maxPopulation may be null only in the last bracket`),
      );
    }
    const previous = brackets[index - 1];
    if (previous?.maxPopulation != null && bracket.minPopulation !== previous.maxPopulation + 1) {
      const expected = previous.maxPopulation + 1;
      problems.push(
        fieldProblem(
          `${path}.minPopulation`,
          (name) => `${name}は${expected}人にしてください（入力: ${bracket.minPopulation}人）。前の段の上限より1人多くすると、区分が重ならず、すき間もできません。`,
          `${path}.minPopulation must be ${expected}, one above the previous bracket's maxPopulation, so that brackets neither overlap nor leave a gap (got ${bracket.minPopulation})`,
        ),
      );
    }
  });
  return problems;
}
