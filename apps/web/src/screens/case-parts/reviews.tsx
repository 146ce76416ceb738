import type { components } from '../../../../../libs/api-client/src/index.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type Review = components['schemas']['ReviewResponseDto'];

/** The reviews side by side (scores per criterion, total, comment) and the conflicts declared instead. */
export function Reviews({ reviews }: { reviews: Review[] }) {
  const words = texts.staff.workbench;
  return (
    <Section title={words.reviewsTitle} className="flex flex-col gap-2">
      {reviews.length === 0 ? (
        <p className="text-std-16N-170">{words.noReviews}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {reviews.map((review) => (
            <li key={review.auditSequence} className="rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
              {review.kind === 'conflict' ? (
                <p>
                  {words.conflict(review.reviewerName)}
                  {review.conflictReason && `: ${review.conflictReason}`}
                </p>
              ) : (
                <>
                  <p className="font-bold">{words.reviewBy(review.reviewerName, review.submittedOnJa)}</p>
                  <ul className="mt-1 pl-4">
                    {(review.scores ?? []).map((score) => (
                      <li key={score.criterion}>{words.score(score.criterion, score.score)}</li>
                    ))}
                  </ul>
                  {review.totalScore !== null && <p className="mt-1 font-bold">{words.total(review.totalScore)}</p>}
                  {review.comment && <p className="mt-1 whitespace-pre-line">{review.comment}</p>}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
