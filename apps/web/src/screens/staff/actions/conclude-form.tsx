import { problemOf } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { TextArea } from '../../../components/text-area.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 相談の終了: the consultation's summary, after which the organization may start its application. */
export function ConcludeForm({ view, draftKey }: ActionFormProps) {
  const [summary, setSummary, forget] = useDraft(draftKey, () => '');
  const words = texts.staff.actions.CONCLUDE_CONSULTATION;
  return (
    <EventForm view={view} words={words} event={{ type: 'CONCLUDE_CONSULTATION', summary }} onSent={forget}>
      {(error) => <TextArea label={words.summary} help={words.summaryHelp} required value={summary} onChange={(changed) => setSummary(() => changed.target.value)} error={problemOf(error, 'summary')} />}
    </EventForm>
  );
}
