import type { components } from '../../../../../libs/api-client/src/index.js';
import { eraDateWithWeekday, yen } from '../../format.js';
import { texts } from '../../texts.js';

type CaseView = components['schemas']['CaseViewDto'];

/** 不交付: the reasons the notice gives, and how to appeal. */
export function Rejection({ reasons }: { reasons: string[] }) {
  return (
    <section aria-labelledby="rejection-title" className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4 text-std-16N-170">
      <h2 id="rejection-title" className="text-std-20B-150">
        {texts.casePage.rejectionTitle}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="mt-2">{texts.casePage.rejectionAppeal}</p>
    </section>
  );
}

/** The change of plan waiting for approval: when it was asked, the amount it asks, what it changes. */
export function PendingChange({ change }: { change: NonNullable<CaseView['pendingChange']> }) {
  return (
    <section aria-labelledby="pending-change-title" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4 text-std-16N-170">
      <h2 id="pending-change-title" className="text-std-20B-150">
        {texts.casePage.pendingChangeTitle}
      </h2>
      <p className="mt-1">{texts.casePage.pendingChangeLead(eraDateWithWeekday(change.requestedOn), yen(change.requestedAmount))}</p>
      <p className="mt-1 whitespace-pre-line">{change.description}</p>
    </section>
  );
}

/** 差戻し: the officer's reason and due date, first on the case. */
export function Correction({ correction }: { correction: NonNullable<CaseView['correction']> }) {
  return (
    <section aria-labelledby="correction-title" className="rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4">
      <h2 id="correction-title" className="text-std-20B-150">
        {texts.casePage.correctionTitle}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-std-16N-170 sm:grid-cols-[8rem_1fr]">
        <dt className="font-bold">{texts.casePage.correctionReason}</dt>
        <dd className="whitespace-pre-line">{correction.reason}</dd>
        {correction.dueOn && (
          <>
            <dt className="font-bold">{texts.casePage.correctionDue}</dt>
            <dd>{eraDateWithWeekday(correction.dueOn)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
