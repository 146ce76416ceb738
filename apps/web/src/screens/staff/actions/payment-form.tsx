import { tokyoDateOf } from '../../../../../../libs/calendar/src/tokyo-date-of.js';
import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
import { SelectField } from '../../../components/select-field.js';
import { yen } from '../../../format.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

type PaymentKind = 'prepayment' | 'estimatedPayment' | 'finalPayment';

/** What is due to be paid now: after 額の確定 the balance (精算払), before it the advance asked (前金払). */
function dueOf({ view }: ActionFormProps): { kind: PaymentKind; amount: number } {
  const paid = view.amounts.paid - view.amounts.refunded;
  if (view.amounts.confirmed !== null) return { kind: 'finalPayment', amount: Math.max(0, view.amounts.confirmed - paid) };
  return { kind: 'prepayment', amount: Math.max(0, (view.advance?.requested ?? 0) - paid) };
}

/** 支払の記録: the kind, the amount (what is due, to start from) and the day it left the city's account. */
export function PaymentForm(props: ActionFormProps) {
  const { view, draftKey } = props;
  const due = dueOf(props);
  const { draft, set, forget } = useDraftFields(draftKey, () => ({ kind: due.kind, amount: due.amount > 0 ? String(due.amount) : '', paidOn: tokyoDateOf(new Date()) }));
  const words = texts.staff.actions.RECORD_PAYMENT;
  return (
    <EventForm view={view} words={words} event={{ type: 'RECORD_PAYMENT', kind: draft.kind as PaymentKind, amount: yenOf(draft.amount), paidOn: draft.paidOn }} onSent={forget}>
      {(error) => (
        <>
          <SelectField label={words.kind} value={draft.kind} onChange={set('kind')} choices={Object.entries(words.kinds)} />
          <Field label={words.amount} help={words.amountHelp(yen(due.amount))} required inputMode="numeric" value={draft.amount} onChange={set('amount')} error={problemOf(error, 'amount')} />
          <Field label={words.paidOn} required type="date" value={draft.paidOn} onChange={set('paidOn')} error={problemOf(error, 'paidOn')} />
        </>
      )}
    </EventForm>
  );
}
