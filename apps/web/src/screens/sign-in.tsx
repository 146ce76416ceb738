import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiRefusal } from '../api/client.js';
import { useSession } from '../api/session.js';
import { primaryButton } from '../components/button.js';
import { Field } from '../components/field.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { texts } from '../texts.js';

const LAST_TENANT = 'grants.lastTenant';

/** Sign-in: the municipality's code (from the city's link, or remembered), e-mail and password. */
export function SignIn() {
  const { signIn, ended } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const [tenant, setTenant] = useState(() => search.get('tenant') ?? localStorage.getItem(LAST_TENANT) ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const session = await signIn({ tenant: tenant.trim(), email: email.trim(), password });
      localStorage.setItem(LAST_TENANT, tenant.trim());
      const back = (location.state as { from?: string } | null)?.from ?? '/';
      navigate(session.passwordChangeRequired ? '/password' : back, { replace: true });
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error instanceof ApiRefusal ? error.problemOf(field) : undefined);

  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-8">
      <p className="text-std-18B-160">{texts.appName}</p>
      <PageTitle title={texts.signIn.title}>{texts.signIn.title}</PageTitle>
      {ended && !error && (
        <p role="status" className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4 text-std-16N-170">
          {ended === 'expired' ? texts.signIn.expired : texts.signIn.signedOut}
        </p>
      )}
      <p className="text-std-16N-170">{texts.signIn.lead}</p>
      <Refusal error={error} />
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Field label={texts.signIn.tenant} help={texts.signIn.tenantHelp} required name="tenant" autoComplete="organization" value={tenant} onChange={(event) => setTenant(event.target.value)} error={fieldError('tenant')} />
        <Field label={texts.signIn.email} required type="email" name="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError('email')} />
        <Field label={texts.signIn.password} required type="password" name="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} error={fieldError('password')} />
        <div>
          <button type="submit" className={primaryButton} disabled={busy}>
            {busy ? texts.signIn.submitting : texts.signIn.submit}
          </button>
        </div>
      </form>
    </main>
  );
}
