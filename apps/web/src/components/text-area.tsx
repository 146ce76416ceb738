import { type TextareaHTMLAttributes, useId } from 'react';
import { texts } from '../texts.js';

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  help?: string;
  error?: string;
}

/** A labelled text area after DADS, as `Field` is for one line: label, ※必須, support text, the error under it. */
export function TextArea({ label, help, error, required, id, ...area }: TextAreaProps) {
  const generated = useId();
  const areaId = id ?? generated;
  const describedBy = [help && `${areaId}-help`, error && `${areaId}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={areaId} className="text-std-17B-170">
        {label}
        {required && <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>}
      </label>
      {help && (
        <p id={`${areaId}-help`} className="text-dns-16N-130 text-solid-gray-700">
          {help}
        </p>
      )}
      <textarea
        id={areaId}
        required={required}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full max-w-2xl rounded-8 border bg-white p-4 text-std-16N-170 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black ${error ? 'border-2 border-red-800' : 'border-solid-gray-600'}`}
        {...area}
      />
      {error && (
        <p id={`${areaId}-error`} className="text-dns-16N-130 text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
