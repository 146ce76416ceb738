import { type InputHTMLAttributes, useId } from 'react';

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
  /** Support text under the label (DADS): what ticking it does. */
  help?: string;
}

const box = 'size-6 shrink-0 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black';

/** A checkbox with its label beside it, the whole row at least 48 px high to tap (DADS); its support text, if any, under the label. */
export function Checkbox({ label, help, ...input }: CheckboxProps) {
  const helpId = useId();
  const row = (
    <label className="flex min-h-12 items-center gap-3 text-std-16N-170">
      <input type="checkbox" className={box} aria-describedby={help ? helpId : undefined} {...input} />
      {label}
    </label>
  );
  if (!help) return row;
  return (
    <div>
      {row}
      <p id={helpId} className="pl-9 text-dns-16N-130 text-solid-gray-700">
        {help}
      </p>
    </div>
  );
}
