import { tokyoDateOf } from '../../../../../libs/calendar/src/tokyo-date-of.js';
import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { Field } from '../../components/field.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

/** 事業完了の届出: the day it ended, today unless said otherwise. */
export function CompletionForm({ view, draftKey }: ActionFormProps) {
  const [completedOn, setCompletedOn, forget] = useDraft<string>(draftKey, () => tokyoDateOf(new Date()));
  const words = texts.actions.COMPLETE_PROJECT;
  return (
    <EventForm view={view} words={words} event={{ type: 'COMPLETE_PROJECT', completedOn }} onSent={forget}>
      {(error) => (
        <Field label={words.completedOn} help={words.completedOnHelp} required type="date" value={completedOn} onChange={(changed) => setCompletedOn(() => changed.target.value)} error={problemOf(error, 'completedOn')} />
      )}
    </EventForm>
  );
}
