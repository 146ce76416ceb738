import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
import { Figures } from '../../../components/figures.js';
import { estimateSettlement } from '../../../estimate.js';
import { yen } from '../../../format.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

interface ConfirmDraft {
  /** Empty: the computed amount. */
  amount: string;
  noticeNumber: string;
  refundOrderNumber: string;
}

/**
 * 額の確定: the computation from the performance report (eligible costs, rate, the decision, what
 * was paid), an amount only to confirm less, the notice's number, and the 返還命令's when it falls below what was paid.
 */
export function ConfirmForm({ view, program, reportedLines, draftKey }: ActionFormProps) {
  const { draft, set, forget } = useDraftFields<ConfirmDraft>(draftKey, () => ({ amount: '', noticeNumber: '', refundOrderNumber: '' }));
  const words = texts.staff.actions.CONFIRM_AMOUNT;
  const paid = view.amounts.paid - view.amounts.refunded;
  const computed = estimateSettlement(program, reportedLines ?? [], view.amounts.decided ?? 0, paid);
  const confirming = draft.amount.trim() === '' ? computed.confirmed : yenOf(draft.amount);
  return (
    <EventForm
      view={view}
      words={words}
      event={{
        type: 'CONFIRM_AMOUNT',
        amount: draft.amount.trim() === '' ? null : yenOf(draft.amount),
        noticeNumber: draft.noticeNumber.trim(),
        refundOrderNumber: draft.refundOrderNumber.trim() || null,
      }}
      onSent={forget}
      preview
    >
      {(error) => (
        <>
          <Figures
            title={words.computedTitle}
            figures={[
              { label: words.eligible, value: yen(computed.eligible) },
              { label: words.byRate(program.rate.ja), value: yen(computed.byRate) },
              { label: words.decided, value: yen(computed.decided) },
              { label: words.confirmed, value: yen(computed.confirmed), result: true, testId: 'confirm-computed' },
              { label: words.paid, value: yen(paid) },
            ]}
          />
          <Field label={words.amount} help={words.amountHelp} inputMode="numeric" value={draft.amount} onChange={set('amount')} error={problemOf(error, 'amount')} />
          <Field label={words.noticeNumber} help={words.noticeNumberHelp} required value={draft.noticeNumber} onChange={set('noticeNumber')} error={problemOf(error, 'noticeNumber')} />
          {(confirming < paid || draft.refundOrderNumber !== '') && (
            <Field label={words.refundOrderNumber} help={words.refundOrderNumberHelp} required value={draft.refundOrderNumber} onChange={set('refundOrderNumber')} error={problemOf(error, 'refundOrderNumber')} />
          )}
        </>
      )}
    </EventForm>
  );
}
