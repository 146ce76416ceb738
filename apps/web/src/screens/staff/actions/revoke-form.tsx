import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { Field } from '../../../components/field.js';
import { TextArea } from '../../../components/text-area.js';
import { yen } from '../../../format.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 交付決定の取消: the reason, the notice's number, and the 返還命令's when money was paid; it cannot be undone. */
export function RevokeForm({ view, draftKey }: ActionFormProps) {
  const { draft, set, forget } = useDraftFields(draftKey, () => ({ reason: '', noticeNumber: '', refundOrderNumber: '' }));
  const words = texts.staff.actions.REVOKE;
  const paid = view.amounts.paid - view.amounts.refunded;
  return (
    <EventForm
      view={view}
      words={words}
      event={{ type: 'REVOKE', reason: draft.reason, noticeNumber: draft.noticeNumber.trim(), refundOrderNumber: draft.refundOrderNumber.trim() || null }}
      onSent={forget}
      preview
      confirmUnderstood
    >
      {(error) => (
        <>
          <TextArea label={words.reason} help={words.reasonHelp} required value={draft.reason} onChange={set('reason')} error={problemOf(error, 'reason')} />
          <Field label={words.noticeNumber} help={words.noticeNumberHelp} required value={draft.noticeNumber} onChange={set('noticeNumber')} error={problemOf(error, 'noticeNumber')} />
          {paid > 0 && (
            <Field label={words.refundOrderNumber} help={words.refundOrderNumberHelp(yen(paid))} required value={draft.refundOrderNumber} onChange={set('refundOrderNumber')} error={problemOf(error, 'refundOrderNumber')} />
          )}
        </>
      )}
    </EventForm>
  );
}
