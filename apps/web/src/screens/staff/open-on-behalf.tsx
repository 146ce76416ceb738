import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, problemOf, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { SelectField } from '../../components/select-field.js';
import { texts } from '../../texts.js';

/**
 * An officer opens a case for an organization that came to the counter or called (相談 or a
 * draft application), from the directory and the programs open now. One Idempotency-Key per
 * form: a double click opens one case.
 */
export function OpenOnBehalf() {
  const navigate = useNavigate();
  const choices = useLoad(() => Promise.all([unwrap(api.GET('/directory/organizations')), unwrap(api.GET('/programs'))]), []);
  const [chosen, setChosen] = useState({ organizationId: '', programCode: '', start: 'consultation' as 'consultation' | 'application' });
  // One key per choice made (headers carry ASCII only, and program codes are Japanese).
  const intents = useRef(new Map<string, string>());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const words = texts.staff.openOnBehalf;

  async function open(submitted: FormEvent) {
    submitted.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const choice = JSON.stringify(chosen);
      if (!intents.current.has(choice)) intents.current.set(choice, crypto.randomUUID());
      const opened = await unwrap(api.POST('/cases', { body: chosen, params: { header: { 'Idempotency-Key': intents.current.get(choice) as string } } }));
      navigate(`/cases/${opened.id}`);
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {choices.status === 'loading' && <p role="status">{texts.loading}</p>}
      {choices.status === 'failed' && <Refusal error={choices.error} />}
      {choices.status === 'done' && (
        <form onSubmit={open} noValidate className="flex flex-col gap-4">
          <Refusal error={error} />
          <SelectField
            label={words.organization}
            value={chosen.organizationId}
            onChange={(changed) => setChosen((current) => ({ ...current, organizationId: changed.target.value }))}
            choices={[['', words.choose], ...choices.data[0].map((organization) => [organization.id, `${organization.name}（${organization.area}）`] as const)]}
            error={problemOf(error, 'organizationId')}
          />
          <SelectField
            label={words.program}
            value={chosen.programCode}
            onChange={(changed) => setChosen((current) => ({ ...current, programCode: changed.target.value }))}
            choices={[['', words.choose], ...choices.data[1].map((program) => [program.code, program.nameJa] as const)]}
            error={problemOf(error, 'programCode')}
          />
          <fieldset className="flex flex-col gap-1">
            <legend className="text-std-16B-170">{words.start}</legend>
            {(['consultation', 'application'] as const).map((start) => (
              <label key={start} className="flex min-h-12 items-center gap-3 text-std-16N-170">
                <input type="radio" name="start" value={start} checked={chosen.start === start} onChange={() => setChosen((current) => ({ ...current, start }))} className="size-6 shrink-0" />
                {words.starts[start]}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="submit" className={primaryButton} disabled={busy}>
              {words.submit}
            </button>
          </p>
        </form>
      )}
    </>
  );
}
