import { api, problemOf, unwrap } from '../../../api/client.js';
import { useDraft } from '../../../api/use-draft.js';
import { useLoad } from '../../../api/use-load.js';
import { Refusal } from '../../../components/refusal.js';
import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/**
 * 審査員の割当て: the municipality's reviewers, each one who may not review this case (a member
 * of the organization, already assigned) shown with the reason and not selectable.
 */
export function AssignReviewerForm({ view, draftKey }: ActionFormProps) {
  const [reviewerId, setReviewerId, forget] = useDraft(draftKey, () => '');
  const reviewers = useLoad(() => unwrap(api.GET('/directory/users', { params: { query: { role: 'reviewer', forCase: view.id } } })), [view.id]);
  const words = texts.staff.actions.ASSIGN_REVIEWER;
  return (
    <EventForm view={view} words={words} event={{ type: 'ASSIGN_REVIEWER', reviewerId }} onSent={forget}>
      {(error) => {
        if (reviewers.status === 'loading') return <p role="status">{texts.loading}</p>;
        if (reviewers.status === 'failed') return <Refusal error={reviewers.error} />;
        const problem = problemOf(error, 'reviewerId');
        return (
          <fieldset className="flex flex-col gap-2" aria-describedby={problem ? 'reviewer-error' : undefined}>
            <legend className="text-std-17B-170">
              {words.reviewer}
              <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>
            </legend>
            {reviewers.data.length === 0 && <p className="text-std-16N-170">{words.none}</p>}
            {reviewers.data.map((reviewer) => {
              const why = reviewer.assignmentProblems.map((each) => each.ja).join(' ');
              return (
                <label key={reviewer.id} className={`flex min-h-12 items-center gap-3 text-std-16N-170 ${why ? 'text-solid-gray-700' : ''}`}>
                  <input
                    type="radio"
                    name="reviewer"
                    value={reviewer.id}
                    checked={reviewerId === reviewer.id}
                    disabled={why !== ''}
                    onChange={() => setReviewerId(() => reviewer.id)}
                    className="size-6 shrink-0"
                  />
                  {why ? words.cannot(reviewer.displayName, why) : reviewer.displayName}
                </label>
              );
            })}
            {problem && (
              <p id="reviewer-error" className="text-dns-16N-130 text-red-800">
                {problem}
              </p>
            )}
          </fieldset>
        );
      }}
    </EventForm>
  );
}
