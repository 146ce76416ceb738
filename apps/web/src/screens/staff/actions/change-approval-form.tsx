import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 変更承認: the amount granted after the change (the one asked, to start from) and the notice's number. */
export function ChangeApprovalForm({ view, draftKey }: ActionFormProps) {
  const { draft, set, forget } = useDraftFields(draftKey, () => ({ amount: String(view.pendingChange?.requestedAmount ?? view.amounts.decided ?? ''), noticeNumber: '' }));
  const words = texts.staff.actions.APPROVE_CHANGE;
  return (
    <EventForm view={view} words={words} event={{ type: 'APPROVE_CHANGE', amount: yenOf(draft.amount), noticeNumber: draft.noticeNumber.trim() }} onSent={forget} preview>
      {(error) => (
        <>
          {view.pendingChange && <p className="whitespace-pre-line rounded-8 border border-solid-gray-420 p-4 text-std-16N-170">{view.pendingChange.description}</p>}
          <Field label={words.amount} help={words.amountHelp} required inputMode="numeric" value={draft.amount} onChange={set('amount')} error={problemOf(error, 'amount')} />
          <Field label={words.noticeNumber} help={words.noticeNumberHelp} required value={draft.noticeNumber} onChange={set('noticeNumber')} error={problemOf(error, 'noticeNumber')} />
        </>
      )}
    </EventForm>
  );
}
