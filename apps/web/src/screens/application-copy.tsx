import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { useLoad } from '../api/use-load.js';
import { linkStyle, primaryButton } from '../components/button.js';
import { ExpenseTable } from '../components/expense-lines.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { Section } from '../components/section.js';
import { eraDateWithWeekday, yen } from '../format.js';
import { texts } from '../texts.js';
import { CaseFacts } from './case-parts/case-facts.js';

const FILINGS = new Set(['SUBMIT', 'RESUBMIT']);

/**
 * A copy of the application as it was last filed (申請内容の写し): what the organization keeps in
 * its files or brings to its general meeting, on A4 paper. The screen's chrome does not print.
 */
export function ApplicationCopy() {
  const { id = '' } = useParams();
  const loaded = useLoad(() => {
    const path = { params: { path: { id } } };
    return Promise.all([
      unwrap(api.GET('/cases/{id}', path)),
      unwrap(api.GET('/cases/{id}/expenses', path)),
      unwrap(api.GET('/cases/{id}/history', path)),
      unwrap(api.GET('/cases/{id}/attachments', path)),
      unwrap(api.GET('/cases/{id}/program', path)),
    ]);
  }, [id]);
  const words = texts.applicationCopy;
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed') return <Refusal error={loaded.error} />;
  const [view, expenses, history, attachments, program] = loaded.data;
  const filing = [expenses.planned, ...expenses.earlierRevisions.toReversed()].find((revision) => revision && FILINGS.has(revision.eventType));
  const back = (
    <Link to={`/cases/${id}`} className={`${linkStyle} print:hidden`}>
      {texts.actions.back}
    </Link>
  );
  if (!filing)
    return (
      <>
        <PageTitle title={words.title}>{words.title}</PageTitle>
        <p className="text-std-16N-170">{words.notFiled}</p>
        {back}
      </>
    );
  const requested = (history.find((entry) => entry.sequence === filing.auditSequence)?.payload as { requestedAmount?: number } | undefined)?.requestedAmount;
  const applicationKinds = new Set(program.requiredDocuments.application.map((document) => document.kind));
  const papers = attachments.filter((attachment) => applicationKinds.has(attachment.documentKind) && !attachment.superseded);
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170 print:hidden">{words.lead}</p>
      <CaseFacts view={view} />
      <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[8rem_1fr] print:grid-cols-[8rem_1fr]">
        <dt className="font-bold">{words.program}</dt>
        <dd>{view.program.nameJa}</dd>
        <dt className="font-bold">{words.filedOn}</dt>
        <dd>{words.filing(eraDateWithWeekday(filing.recordedOn), filing.eventType === 'RESUBMIT')}</dd>
        {requested !== undefined && (
          <>
            <dt className="font-bold">{words.requested}</dt>
            <dd className="font-bold">{yen(requested)}</dd>
          </>
        )}
      </dl>
      <ExpenseTable caption={words.expenses} lines={filing.lines} />
      <Section title={words.papers} className="flex flex-col gap-2 print:break-inside-avoid">
        <ul className="list-disc pl-6 text-std-16N-170">
          {papers.map((paper) => (
            <li key={paper.id}>{words.paper(paper.documentKindJa, paper.originalName, paper.uploadedOnJa)}</li>
          ))}
        </ul>
      </Section>
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <button type="button" className={primaryButton} onClick={() => window.print()}>
          {words.print}
        </button>
        {back}
      </div>
    </>
  );
}
