import type { components } from '../../../../../libs/api-client/src/index.js';
import { CASE_EVENT_LABELS } from '../../../../../libs/lifecycle/src/case-event-labels.js';
import type { CaseEventType } from '../../../../../libs/lifecycle/src/case-event.js';
import { Section } from '../../components/section.js';
import { tokyoDateTime } from '../../format.js';
import { texts } from '../../texts.js';

type HistoryEntry = components['schemas']['CaseHistoryEntryDto'];

/** The event's name as the lifecycle gives it, or as the trail's own entries (an attachment) are called. */
const eventLabel = (type: string): string => CASE_EVENT_LABELS[type as CaseEventType]?.ja ?? texts.casePage.trailEntries[type] ?? type;

/** The case's history in words, from the audit trail: when, who (and in which role), what. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <Section title={texts.casePage.historyTitle} className="flex flex-col gap-2">
      <ol className="flex flex-col gap-2 border-l-2 border-solid-gray-420 pl-4 text-std-16N-170">
        {entries.map((entry) => (
          <li key={entry.sequence}>
            <p className="text-dns-14N-130 text-solid-gray-700">{tokyoDateTime(entry.occurredAt)}</p>
            <p>{texts.casePage.historyEntry(entry.actorName, entry.actorRoleJa, eventLabel(entry.eventType))}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
