import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../api/session.js';
import { linkStyle, primaryButton } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

const keyOf = (userId: string, caseId: string) => `no-conflict:${userId}:${caseId}`;

/**
 * Before a reviewer reads an application they are assigned to, they say they have no conflict
 * of interest with it, or declare one (利益相反の申告) without seeing it. Said once per case on
 * this device. The API still shows an assigned reviewer the case: this is the reviewer's own
 * declaration made first, as a 審査 committee asks it, not an access rule.
 */
export function ConflictGate({ caseId, open, pageTitle, children }: { caseId: string; open: boolean; /** On a screen of its own (the review form), its heading. */ pageTitle?: string; children: ReactNode }) {
  const { session } = useSession();
  const key = keyOf(session?.user.id ?? '', caseId);
  const [confirmed, setConfirmed] = useState(() => localStorage.getItem(key) === 'none');
  if (!open || confirmed) return <>{children}</>;
  const words = texts.staff.conflictGate;
  return (
    <>
      {pageTitle && <PageTitle title={pageTitle}>{pageTitle}</PageTitle>}
      <Section title={words.title} className="flex flex-col gap-3 rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4">
        {words.lead.map((sentence) => (
          <p key={sentence} className="text-std-16N-170">
            {sentence}
          </p>
        ))}
        <p className="flex flex-wrap items-center gap-4">
          <button
            type="button"
            className={primaryButton}
            onClick={() => {
              localStorage.setItem(key, 'none');
              setConfirmed(true);
            }}
          >
            {words.none}
          </button>
          <Link to={`/cases/${caseId}/actions/DECLARE_CONFLICT`} className={linkStyle}>
            {words.declare}
          </Link>
        </p>
      </Section>
    </>
  );
}
