import type { components } from '../../../../libs/api-client/src/index.js';
import { problemOf } from '../api/client.js';
import { yen } from '../format.js';
import { texts } from '../texts.js';
import { secondaryButton } from './button.js';

type Program = components['schemas']['ProgramTermsDto'];

/** One line of expenses as typed: a person may be halfway through a number. */
export interface TypedLine {
  category: string;
  amount: string;
}

/** Whole yen from what was typed; NaN for anything else, which the server names. */
export const yenOf = (typed: string): number => (/^\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);
export const linesOf = (typed: readonly TypedLine[]) => typed.map((line) => ({ category: line.category, amount: yenOf(line.amount) }));
export const typedLinesOf = (lines: readonly { category: string; amount: number }[]): TypedLine[] => lines.map((line) => ({ category: line.category, amount: String(line.amount) }));
export const categoriesOf = (program: Program) => [...program.eligibleExpenseCategories, texts.application.otherCategory];

interface ExpenseLinesProps {
  program: Program;
  lines: TypedLine[];
  onChange(lines: TypedLine[]): void;
  /** The event's field the lines are sent as: the server names a refused line by it (`plannedExpenses[0].amount`). */
  field: 'plannedExpenses' | 'actualExpenses';
  error: unknown;
}

/** Expenses by line (kind and amount), added and removed; each refusal under its line. */
export function ExpenseLines({ program, lines, onChange, field, error }: ExpenseLinesProps) {
  const categories = categoriesOf(program);
  const lineError = (index: number) => problemOf(error, `${field}[${index}].amount`) ?? problemOf(error, `${field}[${index}].category`);
  const setLine = (index: number, change: Partial<TypedLine>) => onChange(lines.map((line, at) => (at === index ? { ...line, ...change } : line)));
  return (
    <>
      <ol className="flex flex-col gap-4">
        {lines.map((line, index) => (
          <li key={index}>
            <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4 md:flex-row md:items-end">
              <legend className="px-1 text-std-16B-170">{texts.application.line(index + 1)}</legend>
              <label className="flex flex-col gap-1 text-std-16B-170">
                {texts.application.category}
                <select value={line.category} onChange={(event) => setLine(index, { category: event.target.value })} className="min-h-12 rounded-8 border border-solid-gray-600 bg-white px-3 text-std-16N-170">
                  {categories.map((category) => (
                    <option key={category}>{category}</option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 text-std-16B-170">
                {texts.application.amount}
                <input
                  inputMode="numeric"
                  autoComplete="off"
                  value={line.amount}
                  onChange={(event) => setLine(index, { amount: event.target.value })}
                  aria-invalid={lineError(index) ? true : undefined}
                  className="min-h-12 w-full rounded-8 border border-solid-gray-600 px-3 text-std-16N-170 md:w-48"
                />
              </label>
              {lineError(index) && <p className="text-dns-16N-130 text-red-800">{lineError(index)}</p>}
              {lines.length > 1 && (
                <button type="button" className={secondaryButton} onClick={() => onChange(lines.filter((_, at) => at !== index))}>
                  {texts.application.removeLine(index + 1)}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className={secondaryButton} onClick={() => onChange([...lines, { category: categories[0] ?? '', amount: '' }])}>
          {texts.application.addLine}
        </button>
      </div>
    </>
  );
}

/** The lines as a table to check before sending: kind and amount, with the total. */
export function ExpenseTable({ caption, lines }: { caption: string; lines: readonly { category: string; amount: number }[] }) {
  const shown = lines.filter((line) => line.amount > 0);
  return (
    <table className="w-full max-w-xl border-collapse text-std-16N-170">
      <caption className="text-left text-std-16B-170">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-solid-gray-420 py-2 text-left">
            {texts.application.category}
          </th>
          <th scope="col" className="border-b border-solid-gray-420 py-2 text-right">
            {texts.application.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((line, index) => (
          <tr key={index}>
            <td className="border-b border-solid-gray-200 py-2">{line.category}</td>
            <td className="border-b border-solid-gray-200 py-2 text-right">{yen(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-2 text-left">
            {texts.application.total}
          </th>
          <td className="py-2 text-right font-bold">{yen(shown.reduce((sum, line) => sum + line.amount, 0))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
