import { Link } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import type { Role } from '../../api/roles.js';
import { linkStyle } from '../../components/button.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';
import { actionPath } from '../case-action.js';

type CaseActions = components['schemas']['CaseViewDto']['actions'];

/** An applicant's SUBMIT and RESUBMIT open the application form from the button at the top of the case. */
export const FILINGS = new Set(['SUBMIT', 'RESUBMIT']);
/** Papers still missing are uploaded in the action's own form (the report's receipts); other blockers are not the person's to fix there. */
const fixedInTheForm = (blocker: { field: string | null }) => blocker.field === 'documents';

/** What this person can do on the case now (each with its form, or what blocks it), what they cannot and why, and whom the case waits for. */
export function Actions({ caseId, actions, role }: { caseId: string; actions: CaseActions; role: Role }) {
  const formOf = (type: (typeof actions.available)[number]['type']) => (role === 'applicant' && FILINGS.has(type) ? null : actionPath(caseId, type, role));
  return (
    <Section title={texts.casePage.actionsTitle} className="flex flex-col gap-3">
      {actions.available.length === 0 ? (
        <p className="text-std-16N-170">{texts.casePage.noActions}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {actions.available.map((action) => {
            const form = action.blockers.every(fixedInTheForm) ? formOf(action.type) : null;
            return (
              <li key={action.type} className="rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
                <p className="font-bold">{action.label.ja}</p>
                {form && (
                  <Link to={form} className={`${linkStyle} mt-1 inline-block`}>
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
            );
          })}
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
