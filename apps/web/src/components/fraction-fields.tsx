import { useId } from 'react';
import { Field } from './field.js';

export interface TypedFraction {
  numerator: string;
  denominator: string;
}

interface FractionFieldsProps {
  legend: string;
  help?: string;
  value: TypedFraction;
  onChange(value: TypedFraction): void;
  /** What the typed fraction comes to (いまの値: 10.95%), so the person sees what the two figures mean. */
  reading: string | null;
  errors: { numerator?: string; denominator?: string };
  ids: { numerator: string; denominator: string };
  labels: { numerator: string; denominator: string };
}

/** A rate kept exact as two whole numbers (2/3 stays 2/3), in one group named by its legend. */
export function FractionFields({ legend, help, value, onChange, reading, errors, ids, labels }: FractionFieldsProps) {
  const helpId = useId();
  return (
    <fieldset aria-describedby={help ? helpId : undefined} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170">{legend}</legend>
      {help && (
        <p id={helpId} className="text-dns-16N-130 text-solid-gray-700">
          {help}
        </p>
      )}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Field id={ids.numerator} label={labels.numerator} required inputMode="numeric" autoComplete="off" value={value.numerator} onChange={(changed) => onChange({ ...value, numerator: changed.target.value })} error={errors.numerator} />
        <Field id={ids.denominator} label={labels.denominator} required inputMode="numeric" autoComplete="off" value={value.denominator} onChange={(changed) => onChange({ ...value, denominator: changed.target.value })} error={errors.denominator} />
      </div>
      {reading && <p className="text-dns-16N-130">{reading}</p>}
    </fieldset>
  );
}
