import { type InputHTMLAttributes, useId } from 'react';
import { texts } from '../texts.js';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** Support text under the label (DADS): what to enter, an example. */
  help?: string;
  /** The refusal for this field, shown under it and tied to it for screen readers. */
  error?: string;
}

/** A labelled text field after DADS: label with ※必須, support text, the error under the field. */
export function Field({ label, help, error, required, id, ...input }: FieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const helpId = `${fieldId}-help`;
  const errorId = `${fieldId}-error`;
  const describedBy = [help && helpId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-std-17B-170">
        {label}
        {required && <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>}
      </label>
      {help && (
        <p id={helpId} className="text-dns-16N-130 text-solid-gray-700">
          {help}
        </p>
      )}
      <input
        id={fieldId}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-14 w-full max-w-md rounded-8 border bg-white px-4 text-std-16N-170 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black ${error ? 'border-red-800 border-2' : 'border-solid-gray-600'}`}
        {...input}
      />
      {error && (
        <p id={errorId} className="text-dns-16N-130 text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
