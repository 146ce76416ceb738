import { problemOf } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
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
  const [draft, setDraft, forget] = useDraft<ConfirmDraft>(draftKey, () => ({ amount: '', noticeNumber: '', refundOrderNumber: '' }));
  const words = texts.staff.actions.CONFIRM_AMOUNT;
  const paid = view.amounts.paid - view.amounts.refunded;
  const computed = estimateSettlement(program, reportedLines ?? [], view.amounts.decided ?? 0, paid);
  const confirming = draft.amount.trim() === '' ? computed.confirmed : yenOf(draft.amount);
  const set = (key: keyof ConfirmDraft) => (changed: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: changed.target.value }));
  return (
    <EventForm
      view={view}
      title={words.title}
      lead={words.lead}
      submitLabel={words.submit}
      event={{
        type: 'CONFIRM_AMOUNT',
        amount: draft.amount.trim() === '' ? null : yenOf(draft.amount),
        noticeNumber: draft.noticeNumber.trim(),
        refundOrderNumber: draft.refundOrderNumber.trim() || null,
      }}
      onSent={forget}
    >
      {(error) => (
        <>
          <section aria-labelledby="computed-title" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
            <h2 id="computed-title" className="text-std-18B-160">
              {words.computedTitle}
            </h2>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[14rem_1fr]">
              <dt>{words.eligible}</dt>
              <dd>{yen(computed.eligible)}</dd>
              <dt>{words.byRate(program.rate.ja)}</dt>
              <dd>{yen(computed.byRate)}</dd>
              <dt>{words.decided}</dt>
              <dd>{yen(computed.decided)}</dd>
              <dt className="font-bold">{words.confirmed}</dt>
              <dd className="font-bold" data-testid="confirm-computed">
                {yen(computed.confirmed)}
              </dd>
              <dt>{words.paid}</dt>
              <dd>{yen(paid)}</dd>
            </dl>
          </section>
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
