import { type SelectHTMLAttributes, useId } from 'react';
import { texts } from '../texts.js';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  /** Each choice as [value, what a person reads]; the first with value '' is "any" or "choose". */
  choices: readonly (readonly [string, string])[];
  /** The refusal for this field, shown under it and tied to it for screen readers. */
  error?: string;
}

/** A labelled choice from a list after DADS: the label above, the select at least 48 px high, the error under it. */
export function SelectField({ label, choices, error, id, required, ...select }: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  const errorId = `${selectId}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="text-std-16B-170">
        {label}
        {required && <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>}
      </label>
      <select
        id={selectId}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`min-h-12 w-full max-w-md rounded-8 border bg-white px-3 text-std-16N-170 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black ${error ? 'border-2 border-red-800' : 'border-solid-gray-600'}`}
        {...select}
      >
        {choices.map(([value, shown]) => (
          <option key={value} value={value}>
            {shown}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="text-dns-16N-130 text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
