import { Link, useLocation } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { useSendEvent } from '../../api/use-send-event.js';
import { linkStyle, primaryButton } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type CaseView = components['schemas']['CaseViewDto'];

/**
 * What a reviewer assigned to a case reads before its application: the API withholds the
 * application until they declare whether they have a conflict of interest (利益相反), as a 審査
 * committee asks each member. "None" sends AFFIRM_NO_CONFLICT, which the case's history keeps,
 * and opens `then` (this screen again unless told, now with the application); a conflict is
 * declared on its own form, without the application.
 */
export function ConflictGate({ view, pageTitle, then }: { view: CaseView; /** On a screen of its own, its heading. */ pageTitle?: string; then?: string }) {
  const { pathname } = useLocation();
  const { send, busy, error } = useSendEvent(view, { type: 'AFFIRM_NO_CONFLICT' }, () => undefined, then ?? pathname);
  const words = texts.staff.conflictGate;
  return (
    <>
      {pageTitle && (
        <div>
          <p className="text-dns-16N-130 text-solid-gray-700">
            {view.program.nameJa} ・ {view.organization.name}
            {view.caseNumber && ` ・ ${view.caseNumber}`}
          </p>
          <PageTitle title={pageTitle}>{pageTitle}</PageTitle>
        </div>
      )}
      <Section title={words.title} className="flex flex-col gap-3 rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4">
        {words.lead.map((sentence) => (
          <p key={sentence} className="text-std-16N-170">
            {sentence}
          </p>
        ))}
        <Refusal error={error} />
        <p className="flex flex-wrap items-center gap-4">
          <button type="button" className={primaryButton} disabled={busy} onClick={() => void send()}>
            {busy ? texts.actions.sending : words.none}
          </button>
          <Link to={`/cases/${view.id}/actions/DECLARE_CONFLICT`} className={linkStyle}>
            {words.declare}
          </Link>
        </p>
      </Section>
    </>
  );
}
