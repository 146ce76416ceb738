import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiRefusal, unwrap } from '../api/client.js';
import { useSession } from '../api/session.js';
import { primaryButton } from '../components/button.js';
import { Field } from '../components/field.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { texts } from '../texts.js';

/** Change one's own password; also the first screen after an administrator's reset. */
export function ChangePassword() {
  const { session, replace } = useSession();
  const navigate = useNavigate();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (newPassword !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      const wasRequired = session?.passwordChangeRequired;
      replace(await unwrap(api.POST('/auth/password', { body: { currentPassword, newPassword } })));
      setError(null);
      setCurrent('');
      setNext('');
      setConfirmation('');
      if (wasRequired) navigate('/', { replace: true });
      else setDone(true);
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error instanceof ApiRefusal ? error.problemOf(field) : undefined);

  return (
    <>
      <PageTitle title={texts.password.title}>{texts.password.title}</PageTitle>
      {session?.passwordChangeRequired && <p className="rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4 text-std-16B-170">{texts.password.mustChange}</p>}
      <p className="text-std-16N-170">{texts.password.lead}</p>
      {done && (
        <p role="status" className="rounded-8 border-2 border-green-800 bg-green-50 p-4 text-std-16B-170">
          {texts.password.done}
        </p>
      )}
      <Refusal error={error} />
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Field label={texts.password.current} required type="password" autoComplete="current-password" value={currentPassword} onChange={(event) => setCurrent(event.target.value)} error={fieldError('currentPassword')} />
        <Field label={texts.password.next} required type="password" autoComplete="new-password" minLength={12} value={newPassword} onChange={(event) => setNext(event.target.value)} error={fieldError('newPassword')} />
        <Field label={texts.password.confirm} required type="password" autoComplete="new-password" value={confirmation} onChange={(event) => setConfirmation(event.target.value)} error={mismatch ? texts.password.mismatch : undefined} />
        <div>
          <button type="submit" className={primaryButton} disabled={busy}>
            {texts.password.submit}
          </button>
        </div>
      </form>
    </>
  );
}
