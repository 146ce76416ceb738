import { useId } from 'react';
import { Checkbox } from './checkbox.js';

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  help?: string;
  /** Each choice as [value, what a person reads], in the order shown. */
  choices: readonly (readonly [Value, string])[];
  chosen: readonly Value[];
  onChange(chosen: Value[]): void;
  /** The refusal for the group, shown under its name and tied to it for screen readers. */
  error?: string;
  /** The id of the first box, for a link to the group (an error summary's). */
  id?: string;
}

/**
 * Several choices under one name after DADS: the name as the group's legend, the support
 * text and the error under it, then the boxes. A box ticked joins the end of the chosen list
 * and one unticked leaves it, so the order of what is not touched stays as it was.
 */
export function CheckboxGroup<Value extends string>({ legend, help, choices, chosen, onChange, error, id }: CheckboxGroupProps<Value>) {
  const groupId = useId();
  const describedBy = [help && `${groupId}-help`, error && `${groupId}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-1">
      <legend className="text-std-17B-170">{legend}</legend>
      {help && (
        <p id={`${groupId}-help`} className="text-dns-16N-130 text-solid-gray-700">
          {help}
        </p>
      )}
      {error && (
        <p id={`${groupId}-error`} className="text-dns-16N-130 text-red-800">
          {error}
        </p>
      )}
      <div className="grid gap-x-6 sm:grid-cols-2">
        {choices.map(([value, label], index) => (
          <Checkbox
            key={value}
            id={index === 0 ? id : undefined}
            label={label}
            checked={chosen.includes(value)}
            aria-invalid={error ? true : undefined}
            onChange={(changed) => onChange(changed.target.checked ? [...chosen, value] : chosen.filter((each) => each !== value))}
          />
        ))}
      </div>
    </fieldset>
  );
}
