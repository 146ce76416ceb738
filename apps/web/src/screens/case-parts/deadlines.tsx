import type { components } from '../../../../../libs/api-client/src/index.js';
import type { DeadlineKind } from '../../../../../libs/lifecycle/src/index.js';
import { DEADLINE_WORDING } from '../../../../../libs/reminders/src/deadline-wording.js';
import { Section } from '../../components/section.js';
import { daysLeftText, eraDateWithWeekday } from '../../format.js';
import { texts } from '../../texts.js';

type Deadline = components['schemas']['CaseViewDto']['deadlines'][number];

/** The case's open deadlines with days left; one passed is in bold red. */
export function Deadlines({ deadlines }: { deadlines: Deadline[] }) {
  return (
    <Section title={texts.casePage.deadlinesTitle} className="flex flex-col gap-2">
      {deadlines.length === 0 ? (
        <p className="text-std-16N-170">{texts.casePage.noDeadlines}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-std-16N-170">
          {deadlines.map((deadline) => (
            // A subject is a reviewer's id: the deadline is named by its kind, never by an id.
            <li key={`${deadline.kind}:${deadline.subject ?? ''}:${deadline.dueOn}`} className={deadline.daysLeft < 0 ? 'font-bold text-red-800' : ''}>
              {DEADLINE_WORDING[deadline.kind as DeadlineKind]?.what ?? deadline.kind}: {eraDateWithWeekday(deadline.dueOn)}（{daysLeftText(deadline.daysLeft)}）
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
