import type { InputHTMLAttributes } from 'react';

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
}

/** A checkbox with its label beside it, the whole row at least 48 px high to tap (DADS). */
export function Checkbox({ label, ...input }: CheckboxProps) {
  return (
    <label className="flex min-h-12 items-center gap-3 text-std-16N-170">
      <input type="checkbox" className="size-6 shrink-0 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black" {...input} />
      {label}
    </label>
  );
}
