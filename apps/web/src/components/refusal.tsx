import { useEffect, useRef } from 'react';
import { ApiRefusal } from '../api/client.js';
import { texts } from '../texts.js';
import { linkStyle } from './button.js';

interface RefusalProps {
  error: unknown;
  /**
   * For a form that shows each problem under its field: the id of the field a problem is
   * about, or null when the form does not show it. The problems then link to their fields,
   * as an error summary does.
   */
  fieldIdOf?: (field: string | null) => string | null;
}

/**
 * Why something was refused, at the top of a form, focused so a screen reader reads it: the
 * API's own Japanese message and each problem it names, each a link to its field when the
 * form says where that is.
 */
export function Refusal({ error, fieldIdOf }: RefusalProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [error]);
  if (!error) return null;
  const refusal = error instanceof ApiRefusal ? error : null;
  const message = refusal ? refusal.body.message : texts.networkError;
  const problems = refusal?.body.problems.filter((problem) => problem.message !== message) ?? [];
  return (
    <div ref={box} tabIndex={-1} role="alert" className="rounded-8 border-2 border-red-800 bg-red-50 p-4">
      <p className="text-std-17B-170 text-red-900">{message}</p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-std-16N-170">
          {problems.map((problem) => {
            const id = fieldIdOf?.(problem.field) ?? null;
            return <li key={`${problem.field}:${problem.message}`}>{id === null ? problem.message : <FieldLink id={id}>{problem.message}</FieldLink>}</li>;
          })}
        </ul>
      )}
    </div>
  );
}

/** A link that takes the focus to the field, not just the view: a person goes on typing there. */
function FieldLink({ id, children }: { id: string; children: string }) {
  return (
    <a
      href={`#${id}`}
      className={linkStyle}
      onClick={(clicked) => {
        const field = document.getElementById(id);
        if (!field) return;
        clicked.preventDefault();
        field.focus();
      }}
    >
      {children}
    </a>
  );
}
