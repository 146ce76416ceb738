import { problemOf } from '../../../api/client.js';
import { useDraftFields } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
import { Figures } from '../../../components/figures.js';
import { TextArea } from '../../../components/text-area.js';
import { estimateGrant } from '../../../estimate.js';
import { yen } from '../../../format.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';
import { linesOfText } from './lines-of-text.js';

interface GrantDraft {
  amount: string;
  conditions: string;
  noticeNumber: string;
}

/**
 * 交付決定: the amount the rules would grant for the plan in force shown first (eligible costs,
 * rate, cap), the amount decided (less than asked is a 修正交付決定, said as it is typed), the
 * conditions, the notice's number.
 */
export function GrantForm({ view, program, plannedLines, draftKey }: ActionFormProps) {
  const estimate = estimateGrant(program, plannedLines);
  const requested = view.amounts.requested ?? 0;
  const { draft, set, forget } = useDraftFields<GrantDraft>(draftKey, () => ({ amount: String(Math.min(requested, estimate.most)), conditions: '', noticeNumber: '' }));
  const words = texts.staff.actions.DECIDE_GRANT;
  const amount = yenOf(draft.amount);
  return (
    <EventForm
      view={view}
      words={words}
      event={{ type: 'DECIDE_GRANT', amount, conditions: linesOfText(draft.conditions), noticeNumber: draft.noticeNumber.trim() }}
      onSent={forget}
      preview
    >
      {(error) => (
        <>
          <Figures
            title={words.computedTitle}
            figures={[
              { label: words.requested, value: yen(requested) },
              { label: words.eligible, value: yen(estimate.eligible) },
              { label: words.byRate(program.rate.ja), value: yen(estimate.byRate) },
              ...(estimate.cap === null ? [] : [{ label: words.cap, value: yen(estimate.cap) }]),
              { label: words.most, value: yen(estimate.most), result: true, testId: 'grant-most' },
            ]}
          />
          <Field label={words.amount} help={words.amountHelp} required inputMode="numeric" value={draft.amount} onChange={set('amount')} error={problemOf(error, 'amount')} />
          {Number.isFinite(amount) && amount > 0 && amount < requested && (
            <p className="text-std-16B-170" aria-live="polite">
              {words.reduced(yen(requested))}
            </p>
          )}
          <TextArea label={words.conditions} help={words.conditionsHelp} value={draft.conditions} onChange={set('conditions')} error={problemOf(error, 'conditions')} />
          <Field label={words.noticeNumber} help={words.noticeNumberHelp} required value={draft.noticeNumber} onChange={set('noticeNumber')} error={problemOf(error, 'noticeNumber')} />
        </>
      )}
    </EventForm>
  );
}
