import { problemOf } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { TextArea } from '../../../components/text-area.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

type StaffReasonEvent = 'DECLARE_CONFLICT' | 'REJECT_CHANGE' | 'REJECT_DISCONTINUE';

/** A staff act whose one field is its reason: a reviewer's 利益相反, an approver refusing a change or a discontinuation. */
export function StaffReasonForm({ type, view, draftKey }: Pick<ActionFormProps, 'view' | 'draftKey'> & { type: StaffReasonEvent }) {
  const [reason, setReason, forget] = useDraft(draftKey, () => '');
  const words = texts.staff.actions[type];
  return (
    // A reviewer who declared a conflict no longer sees the case: back to their to-do list.
    <EventForm view={view} words={words} event={{ type, reason }} onSent={forget} then={type === 'DECLARE_CONFLICT' ? '/' : undefined}>
      {(error) => <TextArea label={words.reason} help={words.reasonHelp} required value={reason} onChange={(changed) => setReason(() => changed.target.value)} error={problemOf(error, 'reason')} />}
    </EventForm>
  );
}
