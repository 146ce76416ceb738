import { type SelectHTMLAttributes, useId } from 'react';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  /** Each choice as [value, what a person reads]; the first with value '' is "any". */
  choices: readonly (readonly [string, string])[];
}

/** A labelled choice from a list after DADS: the label above, the select at least 48 px high. */
export function SelectField({ label, choices, id, ...select }: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="text-std-16B-170">
        {label}
      </label>
      <select id={selectId} className="min-h-12 w-full max-w-md rounded-8 border border-solid-gray-600 bg-white px-3 text-std-16N-170 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black" {...select}>
        {choices.map(([value, shown]) => (
          <option key={value} value={value}>
            {shown}
          </option>
        ))}
      </select>
    </div>
  );
}
