import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { yenOf } from '../../components/expense-lines.js';
import { Field } from '../../components/field.js';
import { yen } from '../../format.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

/** 前金払・概算払の請求, with the most that can still be asked beside the field. */
export function AdvanceForm({ view, program, draftKey }: ActionFormProps) {
  const advance = view.advance ?? { limit: 0, requested: 0, left: 0 };
  const [amount, setAmount, forget] = useDraft(draftKey, () => String(advance.left));
  const words = texts.actions.REQUEST_ADVANCE;
  return (
    <EventForm view={view} words={{ ...words, lead: [...words.lead, program.advancePayment.ja] }} event={{ type: 'REQUEST_ADVANCE', amount: yenOf(amount) }} onSent={forget}>
      {(error) => (
        <Field
          label={words.amount}
          help={words.amountHelp(yen(advance.left), yen(advance.limit))}
          required
          inputMode="numeric"
          autoComplete="off"
          value={amount}
          onChange={(changed) => setAmount(() => changed.target.value)}
          error={problemOf(error, 'amount')}
        />
      )}
    </EventForm>
  );
}
