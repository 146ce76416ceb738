import { problemOf } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { secondaryButton } from '../../../components/button.js';
import { Field } from '../../../components/field.js';
import { TextArea } from '../../../components/text-area.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

interface ReviewDraft {
  lines: { criterion: string; score: string }[];
  comment: string;
}

const scoreOf = (typed: string) => (/^\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);

/**
 * 審査結果: a score per criterion with the running total, and the comment. The program's own
 * rubric (names, scales, weights) is not configuration yet, so the reviewer names each criterion.
 */
export function ReviewForm({ view, draftKey }: ActionFormProps) {
  const [draft, setDraft, forget] = useDraft<ReviewDraft>(draftKey, () => ({ lines: [{ criterion: '', score: '' }], comment: '' }));
  const words = texts.staff.actions.SUBMIT_REVIEW;
  const scores = draft.lines.map((line) => ({ criterion: line.criterion.trim(), score: scoreOf(line.score) }));
  const total = scores.reduce((sum, line) => sum + (Number.isFinite(line.score) ? line.score : 0), 0);
  const setLine = (index: number, change: Partial<ReviewDraft['lines'][number]>) =>
    setDraft((current) => ({ ...current, lines: current.lines.map((line, at) => (at === index ? { ...line, ...change } : line)) }));
  return (
    <EventForm view={view} words={words} event={{ type: 'SUBMIT_REVIEW', scores, comment: draft.comment }} onSent={forget}>
      {(error) => (
        <>
          {draft.lines.map((line, index) => (
            <fieldset key={index} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
              <legend className="px-1 text-std-16B-170">{words.line(index + 1)}</legend>
              <Field label={words.criterion} required value={line.criterion} onChange={(changed) => setLine(index, { criterion: changed.target.value })} error={problemOf(error, `scores[${index}].criterion`)} />
              <Field label={words.score} required inputMode="numeric" value={line.score} onChange={(changed) => setLine(index, { score: changed.target.value })} error={problemOf(error, `scores[${index}].score`)} />
            </fieldset>
          ))}
          {problemOf(error, 'scores') && <p className="text-dns-16N-130 text-red-800">{problemOf(error, 'scores')}</p>}
          <p>
            <button type="button" className={secondaryButton} onClick={() => setDraft((current) => ({ ...current, lines: [...current.lines, { criterion: '', score: '' }] }))}>
              {words.addLine}
            </button>
          </p>
          <p className="text-std-18B-160" aria-live="polite" data-testid="review-total">
            {words.total(total)}
          </p>
          <TextArea label={words.comment} help={words.commentHelp} value={draft.comment} onChange={(changed) => setDraft((current) => ({ ...current, comment: changed.target.value }))} error={problemOf(error, 'comment')} />
        </>
      )}
    </EventForm>
  );
}
