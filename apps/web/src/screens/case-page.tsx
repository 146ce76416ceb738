import { Link, useParams } from 'react-router';
import { api, isNotFound, unwrap } from '../api/client.js';
import { loadCaseRecords } from '../api/load-case-records.js';
import { useLoad } from '../api/use-load.js';
import { linkStyle, primaryButton } from '../components/button.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { Actions, FILINGS } from './case-parts/actions.js';
import { Correction, PendingChange, Rejection } from './case-parts/case-banners.js';
import { CaseFacts } from './case-parts/case-facts.js';
import { Deadlines } from './case-parts/deadlines.js';
import { Documents } from './case-parts/documents.js';
import { History } from './case-parts/history.js';
import { Money } from './case-parts/money.js';
import { Notices } from './case-parts/notices.js';
import { texts } from '../texts.js';
import { NotFound } from './not-found.js';

/** One case as its applicant reads it: where it stands, what to fix, what they can do and what waits, the deadlines, the money, the history. */
export function CasePage() {
  const { id = '' } = useParams();
  const loaded = useLoad(() => Promise.all([unwrap(api.GET('/cases/{id}', { params: { path: { id } } })), loadCaseRecords(id)]), [id]);
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed' && isNotFound(loaded.error)) return <NotFound />;
  if (loaded.status === 'failed')
    return (
      <>
        <Refusal error={loaded.error} />
        <Link to="/" className={linkStyle}>
          {texts.casePage.back}
        </Link>
      </>
    );
  const [view, { history, notices, attachments, ledger }] = loaded.data;
  const filing = view.actions.available.find((action) => FILINGS.has(action.type));
  const rejection = history.findLast((entry) => entry.eventType === 'DECIDE_REJECT')?.payload as { reasons?: string[] } | undefined;
  return (
    <>
      <div>
        <p className="text-dns-16N-130 text-solid-gray-700">{view.program.nameJa}</p>
        <PageTitle title={texts.applicantState[view.state.code]}>{texts.applicantState[view.state.code]}</PageTitle>
      </div>
      <CaseFacts view={view} />
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
      <Actions caseId={view.id} actions={view.actions} role="applicant" />
      <Deadlines deadlines={view.deadlines} />
      <Money view={view} ledger={ledger} />
      <Notices caseId={view.id} notices={notices} />
      <Documents caseId={view.id} attachments={attachments} />
      <History entries={history} />
    </>
  );
}

/**
 * What blocks a filing is fixed in the application form when it names a field (an amount, a paper);
 * one without a field (the window has closed) is not, so the form is not offered, and the blocker says why.
 */
const fixedInApplicationForm = (blocker: { field: string | null }) => blocker.field !== null;
