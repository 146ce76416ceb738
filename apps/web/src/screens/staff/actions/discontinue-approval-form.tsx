import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { Field } from '../../../components/field.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 中止・廃止の承認: the notice's number; the project ends, which cannot be undone. */
export function DiscontinueApprovalForm({ view, draftKey }: ActionFormProps) {
  const { draft, set, forget } = useDraftFields(draftKey, () => ({ noticeNumber: '' }));
  const words = texts.staff.actions.APPROVE_DISCONTINUE;
  return (
    <EventForm view={view} words={words} event={{ type: 'APPROVE_DISCONTINUE', noticeNumber: draft.noticeNumber.trim() }} onSent={forget} preview confirmUnderstood>
      {(error) => <Field label={words.noticeNumber} help={words.noticeNumberHelp} required value={draft.noticeNumber} onChange={set('noticeNumber')} error={problemOf(error, 'noticeNumber')} />}
    </EventForm>
  );
}
