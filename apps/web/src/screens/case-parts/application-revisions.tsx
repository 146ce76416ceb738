import type { components } from '../../../../../libs/api-client/src/index.js';
import { CASE_EVENT_LABELS } from '../../../../../libs/lifecycle/src/case-event-labels.js';
import { ExpenseChanges } from '../../components/expense-changes.js';
import { ExpenseTable } from '../../components/expense-lines.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type Expenses = components['schemas']['CaseExpensesResponseDto'];
type Revision = components['schemas']['ExpenseRevisionResponseDto'];

const titleOf = (revision: Revision) => texts.staff.workbench.revisionOf(revision.revision, CASE_EVENT_LABELS[revision.eventType].ja, revision.recordedOnJa);

/**
 * The plan in force (収支予算書) as filed or changed, and what changed against the revision it
 * replaced (a resubmission after 差戻し, an approved change): what an officer checks first.
 */
export function ApplicationRevisions({ expenses }: { expenses: Expenses }) {
  const words = texts.staff.workbench;
  const current = expenses.planned;
  const previous = expenses.earlierRevisions.filter((revision) => revision.phase === 'planned').at(-1);
  return (
    <Section title={words.applicationTitle} className="flex flex-col gap-3">
      {!current ? (
        <p className="text-std-16N-170">{words.notFiled}</p>
      ) : (
        <>
          <ExpenseTable caption={titleOf(current)} lines={current.lines} />
          {previous && <ExpenseChanges title={`${words.changesTitle}（${titleOf(previous)}との比較）`} unchanged={words.noChanges} before={previous.lines} after={current.lines} />}
        </>
      )}
    </Section>
  );
}
