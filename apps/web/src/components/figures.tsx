import { type ReactNode, useId } from 'react';

export interface Figure {
  label: string;
  value: string;
  /** The figure the computation arrives at, in bold. */
  result?: boolean;
  testId?: string;
}

/**
 * How a figure was reached, as a titled box of label and amount (eligible costs, rate, cap …):
 * UI.md's "show how a figure was reached". Read out again as the figures change (aria-live).
 */
export function Figures({ title, figures, level = 2, children }: { title: string; figures: readonly Figure[]; level?: 2 | 3; children?: ReactNode }) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={titleId} aria-live="polite" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
      <Heading id={titleId} className="text-std-18B-160">
        {title}
      </Heading>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[14rem_1fr]">
        {figures.map((figure) => (
          <div key={figure.label} className="contents">
            <dt className={figure.result ? 'font-bold' : undefined}>{figure.label}</dt>
            <dd className={figure.result ? 'font-bold' : undefined} data-testid={figure.testId}>
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
