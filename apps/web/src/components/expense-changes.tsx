import { expenseChanges } from '../expense-changes.js';
import { yen } from '../format.js';
import { texts } from '../texts.js';
import { Section } from './section.js';

interface Line {
  category: string;
  amount: number;
}

/** Per kind of expense, the amount before beside the amount after, where they differ (a filing against the last one, a revision against the one it replaced). */
export function ExpenseChanges({ title, unchanged, before, after }: { title: string; unchanged: string; before: readonly Line[]; after: readonly Line[] }) {
  const changes = expenseChanges(before, after);
  return (
    <Section title={title} level={3}>
      {changes.length === 0 ? (
        <p className="text-std-16N-170">{unchanged}</p>
      ) : (
        <ul className="list-disc pl-6 text-std-16N-170">
          {changes.map((change) => (
            <li key={change.category}>{texts.application.changed(change.category, yen(change.before), yen(change.after))}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
