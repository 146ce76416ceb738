import { type FormEvent, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../api/client.js';
import { primaryButton, secondaryButton } from '../components/button.js';
import { Refusal } from '../components/refusal.js';
import { texts } from '../texts.js';

type Program = components['schemas']['CatalogueProgramDto'];
type Organization = components['schemas']['OrganizationSummaryDto'];

/**
 * 相談 or 申請 from a program's card, for one of the person's organizations the program is open
 * to. One Idempotency-Key per intent: a double click or a retry after a lost answer opens one case.
 */
export function OpenCase({ program, organizations }: { program: Program; organizations: Organization[] }) {
  const navigate = useNavigate();
  const selectId = useId();
  const eligible = useMemo(
    () => organizations.filter((organization) => program.applicableOrganizations.some((applicable) => applicable.id === organization.id)),
    [organizations, program],
  );
  const [organizationId, setOrganizationId] = useState(eligible[0]?.id ?? '');
  const [intent] = useState(() => ({ consultation: crypto.randomUUID(), application: crypto.randomUUID() }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (eligible.length === 0 || program.window.status === 'closed' || program.window.status === 'upcoming') return null;

  const open = async (start: 'consultation' | 'application', event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    try {
      const opened = await unwrap(
        api.POST('/cases', { body: { programCode: program.code, organizationId, start }, params: { header: { 'Idempotency-Key': intent[start] } } }),
      );
      navigate(`/cases/${opened.id}`);
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
  };

  return (
    <form className="mt-4 flex flex-col gap-3" onSubmit={(event) => open('application', event)}>
      {eligible.length > 1 && (
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="text-std-16B-170">
            {texts.openCase.organization}
          </label>
          <select id={selectId} value={organizationId} onChange={(event) => setOrganizationId(event.target.value)} className="min-h-12 max-w-md rounded-8 border border-solid-gray-600 bg-white px-3 text-std-16N-170">
            {eligible.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <Refusal error={error} />
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => open('consultation')}>
          {texts.openCase.consult}
        </button>
        {!program.priorConsultationRequired && (
          <button type="submit" className={primaryButton} disabled={busy}>
            {texts.openCase.apply}
          </button>
        )}
      </div>
    </form>
  );
}
