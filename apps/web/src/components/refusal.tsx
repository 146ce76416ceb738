import { useEffect, useRef } from 'react';
import { ApiRefusal } from '../api/client.js';
import { texts } from '../texts.js';

/**
 * Why something was refused, at the top of a form, focused so a screen reader reads it: the
 * API's own Japanese message and each problem it names.
 */
export function Refusal({ error }: { error: unknown }) {
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
          {problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
