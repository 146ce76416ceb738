import { problemOf } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { TextArea } from '../../../components/text-area.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 利益相反の申告: why the reviewer cannot review this case fairly; the officer then assigns another. */
export function ConflictForm({ view, draftKey }: ActionFormProps) {
  const [reason, setReason, forget] = useDraft(draftKey, () => '');
  const words = texts.staff.actions.DECLARE_CONFLICT;
  return (
    <EventForm view={view} title={words.title} lead={words.lead} submitLabel={words.submit} event={{ type: 'DECLARE_CONFLICT', reason }} onSent={forget}>
      {(error) => <TextArea label={words.reason} help={words.reasonHelp} required value={reason} onChange={(changed) => setReason(() => changed.target.value)} error={problemOf(error, 'reason')} />}
    </EventForm>
  );
}
