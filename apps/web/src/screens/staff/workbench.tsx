import { Link, useLocation, useParams } from 'react-router';
import { api, isNotFound, unwrap } from '../../api/client.js';
import { loadCase } from '../../api/load-case.js';
import { loadCaseRecords } from '../../api/load-case-records.js';
import type { Role } from '../../api/roles.js';
import { useLoad } from '../../api/use-load.js';
import { linkStyle } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { texts } from '../../texts.js';
import { NotFound } from '../not-found.js';
import { Actions } from '../case-parts/actions.js';
import { ApplicationRevisions } from '../case-parts/application-revisions.js';
import { Correction, PendingChange } from '../case-parts/case-banners.js';
import { CaseFacts } from '../case-parts/case-facts.js';
import { ConsultationNotes } from '../case-parts/consultation-notes.js';
import { Deadlines } from '../case-parts/deadlines.js';
import { Documents } from '../case-parts/documents.js';
import { History } from '../case-parts/history.js';
import { Money } from '../case-parts/money.js';
import { Notices } from '../case-parts/notices.js';
import { Reviews } from '../case-parts/reviews.js';
import { ConflictGate } from './conflict-gate.js';

/** Who reads the reviews of a case (the API refuses the others). */
const REVIEW_READERS = new Set<Role>(['officer', 'reviewer', 'approver']);

/**
 * One case as the city's staff work it: the state in the legal term, what they can do now,
 * deadlines, the application and what changed between filings, the consultation, reviews,
 * money, notices, papers and history, read at once. A reviewer who has yet to declare whether
 * they have a conflict of interest reads its header and the declaration only, as the API
 * withholds the rest; once declared, the page is read again (a navigation to it, `key`).
 */
export function Workbench({ role }: { role: Role }) {
  const { id = '' } = useParams();
  const { key } = useLocation();
  const loaded = useLoad(() => {
    const path = { params: { path: { id } } };
    return loadCase(id, role, () =>
      Promise.all([
        loadCaseRecords(id),
        unwrap(api.GET('/cases/{id}/expenses', path)),
        unwrap(api.GET('/cases/{id}/notes', path)),
        REVIEW_READERS.has(role) ? unwrap(api.GET('/cases/{id}/reviews', path)) : Promise.resolve(null),
      ]),
    );
  }, [id, role, key]);
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed' && isNotFound(loaded.error)) return <NotFound />;
  if (loaded.status === 'failed')
    return (
      <>
        <Refusal error={loaded.error} />
        <Link to="/cases" className={linkStyle}>
          {texts.staff.workbench.backToList}
        </Link>
      </>
    );
  const { view, records } = loaded.data;
  const header = (
    <>
      <div>
        <p className="text-dns-16N-130 text-solid-gray-700">{view.program.nameJa}</p>
        <PageTitle title={`${view.caseNumber ?? view.organization.name} ${view.state.ja}`}>{view.state.ja}</PageTitle>
      </div>
      <CaseFacts view={view} />
    </>
  );
  if (!records)
    return (
      <>
        {header}
        <Deadlines deadlines={view.deadlines} />
        {view.availableEvents.includes('AFFIRM_NO_CONFLICT') ? <ConflictGate view={view} /> : <p className="text-std-16N-170">{texts.staff.conflictGate.closed}</p>}
      </>
    );
  const [{ history, notices, attachments, ledger }, expenses, notes, reviews] = records;
  return (
    <>
      {header}
      {view.correction && <Correction correction={view.correction} />}
      {view.pendingChange && <PendingChange change={view.pendingChange} />}
      <Actions caseId={view.id} actions={view.actions} role={role} />
      <Deadlines deadlines={view.deadlines} />
      <ApplicationRevisions expenses={expenses} />
      {notes.length > 0 && <ConsultationNotes notes={notes} />}
      {reviews && <Reviews reviews={reviews} />}
      <Money view={view} ledger={ledger} />
      <Notices caseId={view.id} notices={notices} />
      <Documents caseId={view.id} attachments={attachments} />
      <History entries={history} />
    </>
  );
}
