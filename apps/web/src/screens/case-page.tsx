import { Link, useParams } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { CASE_EVENT_LABELS } from '../../../../libs/lifecycle/src/case-event-labels.js';
import type { CaseEventType } from '../../../../libs/lifecycle/src/case-event.js';
import type { DeadlineKind } from '../../../../libs/lifecycle/src/index.js';
import { DEADLINE_WORDING } from '../../../../libs/reminders/src/deadline-wording.js';
import { api, unwrap } from '../api/client.js';
import { useLoad } from '../api/use-load.js';
import { linkStyle, primaryButton } from '../components/button.js';
import { PageTitle } from '../components/page-title.js';
import { Section } from '../components/section.js';
import { Refusal } from '../components/refusal.js';
import { actionPath } from './case-action.js';
import { Documents } from './case-parts/documents.js';
import { Money } from './case-parts/money.js';
import { Notices } from './case-parts/notices.js';
import { daysLeftText, eraDateWithWeekday, tokyoDateTime, yen } from '../format.js';
import { texts } from '../texts.js';

type CaseView = components['schemas']['CaseViewDto'];
type HistoryEntry = components['schemas']['CaseHistoryEntryDto'];

/** One case as its applicant reads it: where it stands, what to fix, what they can do and what waits, the deadlines, the money, the history. */
export function CasePage() {
  const { id = '' } = useParams();
  const loaded = useLoad(() => {
    const path = { params: { path: { id } } };
    return Promise.all([
      unwrap(api.GET('/cases/{id}', path)),
      unwrap(api.GET('/cases/{id}/history', path)),
      unwrap(api.GET('/cases/{id}/notices', path)),
      unwrap(api.GET('/cases/{id}/attachments', path)),
      unwrap(api.GET('/cases/{id}/payments', path)),
    ]);
  }, [id]);
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed')
    return (
      <>
        <Refusal error={loaded.error} />
        <Link to="/" className={linkStyle}>
          {texts.casePage.back}
        </Link>
      </>
    );
  const [view, history, notices, attachments, ledger] = loaded.data;
  const filing = view.actions.available.find((action) => FILINGS.has(action.type));
  const rejection = history.findLast((entry) => entry.eventType === 'DECIDE_REJECT')?.payload as { reasons?: string[] } | undefined;
  return (
    <>
      <div>
        <p className="text-dns-16N-130 text-solid-gray-700">{view.program.nameJa}</p>
        <PageTitle title={texts.applicantState[view.state.code]}>{texts.applicantState[view.state.code]}</PageTitle>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[8rem_1fr]">
        <dt className="font-bold">{texts.casePage.organization}</dt>
        <dd>{view.organization.name}</dd>
        <dt className="font-bold">{texts.casePage.caseNumber}</dt>
        <dd>{view.caseNumber ?? texts.casePage.noCaseNumber}</dd>
        <dt className="font-bold">{texts.casePage.fiscalYear}</dt>
        <dd>{view.fiscalYearLabel}</dd>
      </dl>
      {view.correction && <Correction correction={view.correction} />}
      {view.state.code === 'rejected' && <Rejection reasons={rejection?.reasons ?? []} />}
      {view.pendingChange && <PendingChange change={view.pendingChange} />}
      {filing && filing.blockers.every(fixedInApplicationForm) && (
        <p>
          <Link to={`/cases/${view.id}/application`} className={primaryButton}>
            {filing.type === 'RESUBMIT' ? texts.casePage.correctApplication : texts.casePage.writeApplication}
          </Link>
        </p>
      )}
      {view.amounts.requested !== null && (
        <p>
          <Link to={`/cases/${view.id}/application/copy`} className={linkStyle}>
            {texts.applicationCopy.open}
          </Link>
        </p>
      )}
      <Actions caseId={view.id} actions={view.actions} />
      <Deadlines deadlines={view.deadlines} />
      <Money view={view} ledger={ledger} />
      <Notices caseId={view.id} notices={notices} />
      <Documents caseId={view.id} attachments={attachments} />
      <History entries={history} />
    </>
  );
}

/** SUBMIT and RESUBMIT open the application form from the button at the top. */
const FILINGS = new Set(['SUBMIT', 'RESUBMIT']);
/** Papers still missing are uploaded in the action's own form (the report's receipts); other blockers are not the person's to fix there. */
const fixedInTheForm = (blocker: { field: string | null }) => blocker.field === 'documents';
/**
 * What blocks a filing is fixed in the application form when it names a field (an amount, a paper);
 * one without a field (the window has closed) is not, so the form is not offered, and the blocker says why.
 */
const fixedInApplicationForm = (blocker: { field: string | null }) => blocker.field !== null;

function Rejection({ reasons }: { reasons: string[] }) {
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

function PendingChange({ change }: { change: NonNullable<CaseView['pendingChange']> }) {
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

function Correction({ correction }: { correction: NonNullable<CaseView['correction']> }) {
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

function Actions({ caseId, actions }: { caseId: string; actions: CaseView['actions'] }) {
  return (
    <Section title={texts.casePage.actionsTitle} className="flex flex-col gap-3">
      {actions.available.length === 0 ? (
        <p className="text-std-16N-170">{texts.casePage.noActions}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {actions.available.map((action) => (
            <li key={action.type} className="rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
              <p className="font-bold">{action.label.ja}</p>
              {!FILINGS.has(action.type) && action.blockers.every(fixedInTheForm) && actionPath(caseId, action.type) && (
                <Link to={actionPath(caseId, action.type) as string} className={`${linkStyle} mt-1 inline-block`}>
                  {texts.actions.goTo(action.label.ja)}
                </Link>
              )}
              {action.blockers.length > 0 && (
                <ul className="mt-1 list-disc pl-6 text-red-800">
                  {action.blockers.map((blocker) => (
                    <li key={blocker.ja}>{blocker.ja}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {actions.unavailable.length > 0 && (
        <>
          <h3 className="text-std-18B-160">{texts.casePage.blockedTitle}</h3>
          <ul className="flex flex-col gap-2">
            {actions.unavailable.map((action) => (
              <li key={action.type} className="text-std-16N-170">
                <span className="font-bold">{action.label.ja}</span>: {action.reasons.map((reason) => reason.ja).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {actions.waitingFor.length > 0 && (
        <>
          <h3 className="text-std-18B-160">{texts.casePage.waitingTitle}</h3>
          <ul className="list-disc pl-6 text-std-16N-170">
            {actions.waitingFor.map((awaited) => (
              <li key={awaited.role}>{texts.casePage.waitingFor(awaited.label.ja, awaited.events.map((event) => event.label.ja).join('」か「'))}</li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Deadlines({ deadlines }: { deadlines: CaseView['deadlines'] }) {
  return (
    <Section title={texts.casePage.deadlinesTitle} className="flex flex-col gap-2">
      {deadlines.length === 0 ? (
        <p className="text-std-16N-170">{texts.casePage.noDeadlines}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-std-16N-170">
          {deadlines.map((deadline) => (
            <li key={`${deadline.kind}:${deadline.dueOn}`} className={deadline.daysLeft < 0 ? 'font-bold text-red-800' : ''}>
              {deadline.subject ?? DEADLINE_WORDING[deadline.kind as DeadlineKind]?.what ?? deadline.kind}: {eraDateWithWeekday(deadline.dueOn)}（{daysLeftText(deadline.daysLeft)}）
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <Section title={texts.casePage.historyTitle} className="flex flex-col gap-2">
      <ol className="flex flex-col gap-2 border-l-2 border-solid-gray-420 pl-4 text-std-16N-170">
        {entries.map((entry) => (
          <li key={entry.sequence}>
            <p className="text-dns-14N-130 text-solid-gray-700">{tokyoDateTime(entry.occurredAt)}</p>
            <p>{texts.casePage.historyEntry(entry.actorName, entry.actorRoleJa, eventLabel(entry.eventType))}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** The event's name as the lifecycle gives it, or as the trail's own entries (an attachment) are called. */
const eventLabel = (type: string): string => CASE_EVENT_LABELS[type as CaseEventType]?.ja ?? texts.casePage.trailEntries[type] ?? type;
