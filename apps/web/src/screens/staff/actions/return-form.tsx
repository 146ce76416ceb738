import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { Field } from '../../../components/field.js';
import { TextArea } from '../../../components/text-area.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

interface ReturnDraft {
  reason: string;
  /** Empty: the program's own number of days applies. */
  dueOn: string;
}

/** 差戻し of a filing or of a performance report: what to correct, in words the organization understands, and by when (the program's days when left empty). */
export function ReturnForm({ type, view, draftKey }: ActionFormProps & { type: 'RETURN_FOR_CORRECTION' | 'RETURN_REPORT' }) {
  const { draft, set, forget } = useDraftFields<ReturnDraft>(draftKey, () => ({ reason: '', dueOn: '' }));
  const words = texts.staff.actions[type];
  return (
    <EventForm
      view={view}
      words={words}
      event={{ type, reason: draft.reason, dueOn: draft.dueOn || null }}
      onSent={forget}
      preview
    >
      {(error) => (
        <>
          <TextArea label={words.reason} help={words.reasonHelp} required value={draft.reason} onChange={set('reason')} error={problemOf(error, 'reason')} />
          <Field label={words.dueOn} help={words.dueOnHelp} type="date" value={draft.dueOn} onChange={set('dueOn')} error={problemOf(error, 'dueOn')} />
        </>
      )}
    </EventForm>
  );
}
