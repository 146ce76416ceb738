import { tokyoDateOf } from '../../../../../../libs/calendar/src/tokyo-date-of.js';
import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
import { eraDateWithWeekday, yen } from '../../../format.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 返還金の収納: what is owed today with interest (and how it was computed), the amount received and its day. */
export function RefundForm({ view, draftKey }: ActionFormProps) {
  const owed = view.refund;
  const { draft, set, forget } = useDraftFields(draftKey, () => ({ amount: owed ? String(owed.total) : '', refundedOn: tokyoDateOf(new Date()) }));
  const words = texts.staff.actions.RECORD_REFUND;
  return (
    <EventForm view={view} words={words} event={{ type: 'RECORD_REFUND', amount: yenOf(draft.amount), refundedOn: draft.refundedOn }} onSent={forget}>
      {(error) => (
        <>
          {owed && (
            <div className="rounded-8 border-2 border-red-800 bg-red-50 p-4 text-std-16N-170">
              <p className="font-bold">{words.owed(yen(owed.total), eraDateWithWeekday(owed.asOf))}</p>
              <p className="mt-1 whitespace-pre-line text-dns-16N-130">{owed.computation.ja}</p>
            </div>
          )}
          <Field label={words.amount} required inputMode="numeric" value={draft.amount} onChange={set('amount')} error={problemOf(error, 'amount')} />
          <Field label={words.refundedOn} required type="date" value={draft.refundedOn} onChange={set('refundedOn')} error={problemOf(error, 'refundedOn')} />
        </>
      )}
    </EventForm>
  );
}
