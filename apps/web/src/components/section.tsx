import { type ReactNode, useId } from 'react';

/** A part of a screen under its heading, named by it for screen readers (a landmark region). */
export function Section({ title, children, level = 2, className = 'flex flex-col gap-3' }: { title: string; children: ReactNode; level?: 2 | 3; className?: string }) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={titleId} className={className}>
      <Heading id={titleId} className={level === 2 ? 'text-std-22B-150' : 'text-std-18B-160'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
