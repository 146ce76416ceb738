import { problemOf } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { yenOf } from '../../../components/expense-lines.js';
import { Field } from '../../../components/field.js';
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
  const [draft, setDraft, forget] = useDraft<GrantDraft>(draftKey, () => ({ amount: String(Math.min(requested, estimate.most)), conditions: '', noticeNumber: '' }));
  const words = texts.staff.actions.DECIDE_GRANT;
  const amount = yenOf(draft.amount);
  const set = (key: keyof GrantDraft) => (changed: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: changed.target.value }));
  return (
    <EventForm
      view={view}
      title={words.title}
      lead={words.lead}
      submitLabel={words.submit}
      event={{ type: 'DECIDE_GRANT', amount, conditions: linesOfText(draft.conditions), noticeNumber: draft.noticeNumber.trim() }}
      onSent={forget}
    >
      {(error) => (
        <>
          <section aria-labelledby="computed-title" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
            <h2 id="computed-title" className="text-std-18B-160">
              {words.computedTitle}
            </h2>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[14rem_1fr]">
              <dt>{words.requested}</dt>
              <dd>{yen(requested)}</dd>
              <dt>{words.eligible}</dt>
              <dd>{yen(estimate.eligible)}</dd>
              <dt>{words.byRate(program.rate.ja)}</dt>
              <dd>{yen(estimate.byRate)}</dd>
              {estimate.cap !== null && (
                <>
                  <dt>{words.cap}</dt>
                  <dd>{yen(estimate.cap)}</dd>
                </>
              )}
              <dt className="font-bold">{words.most}</dt>
              <dd className="font-bold" data-testid="grant-most">
                {yen(estimate.most)}
              </dd>
            </dl>
          </section>
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
