import { type ReactNode, useEffect, useRef } from 'react';
import { texts } from '../texts.js';

/** A screen's heading: the window's title follows it, and it takes focus when the screen opens, so a screen reader announces where one is. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} | ${texts.appName}`;
    heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1} className="text-std-28B-150 outline-none md:text-std-32B-150">
      {children}
    </h1>
  );
}
