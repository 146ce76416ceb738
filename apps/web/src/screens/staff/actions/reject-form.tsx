import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { Field } from '../../../components/field.js';
import { TextArea } from '../../../components/text-area.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';
import { linesOfText } from './lines-of-text.js';

/** 不交付決定: the reasons the organization will read on the notice, and the notice's number. */
export function RejectForm({ view, draftKey }: ActionFormProps) {
  const { draft, set, forget } = useDraftFields(draftKey, () => ({ reasons: '', noticeNumber: '' }));
  const words = texts.staff.actions.DECIDE_REJECT;
  return (
    <EventForm
      view={view}
      words={words}
      event={{ type: 'DECIDE_REJECT', reasons: linesOfText(draft.reasons), noticeNumber: draft.noticeNumber.trim() }}
      onSent={forget}
      preview
      confirmUnderstood
    >
      {(error) => (
        <>
          <TextArea label={words.reasons} help={words.reasonsHelp} required value={draft.reasons} onChange={set('reasons')} error={problemOf(error, 'reasons')} />
          <Field label={words.noticeNumber} help={words.noticeNumberHelp} required value={draft.noticeNumber} onChange={set('noticeNumber')} error={problemOf(error, 'noticeNumber')} />
        </>
      )}
    </EventForm>
  );
}
