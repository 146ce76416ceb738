import { useState } from 'react';
import { CASE_ROLE_LABELS } from '../../../../../libs/lifecycle/src/case-role-labels.js';
import { api, unwrap, unwrapEmpty } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { useLoad } from '../../api/use-load.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { StatusMessage, useStatusMessage } from '../../components/status-message.js';
import { texts } from '../../texts.js';
import { type CreatedUser, NewUserForm } from './new-user-form.js';
import { type User, UserEditForm } from './user-edit-form.js';
import { focusEditButton, UserList } from './user-list.js';

/**
 * The municipality's users with their roles, areas and organizations: one registered with a
 * one-time password shown this once, one's name, role or areas changed, one signed out of every
 * device, a one-time password issued. What happened is said where the focus goes.
 */
export function Users() {
  const loaded = useLoad(() => Promise.all([unwrap(api.GET('/admin/users')), unwrap(api.GET('/admin/organizations'))]), []);
  const words = texts.admin.users;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && (
        <UserDirectory initial={loaded.data[0]} areas={[...new Set(loaded.data[1].map((organization) => organization.area))].sort((a, b) => a.localeCompare(b, 'ja'))} />
      )}
    </>
  );
}

function UserDirectory({ initial, areas }: { initial: User[]; areas: readonly string[] }) {
  const words = texts.admin.users;
  const myId = useSession().session?.user.id;
  const [users, setUsers] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { said, tell, statusRef } = useStatusMessage();
  const reload = async () => setUsers(await unwrap(api.GET('/admin/users')));
  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (refused) {
      setError(refused);
    }
  };
  const reset = (user: User) =>
    attempt(async () => {
      const { temporaryPassword } = await unwrap(api.POST('/admin/users/{id}/password-reset', { params: { path: { id: user.id } } }));
      setIssued({ name: user.displayName, password: temporaryPassword });
      tell(words.resetDone(user.displayName));
    });
  const signOut = (user: User) =>
    attempt(async () => {
      await unwrapEmpty(api.POST('/admin/users/{id}/sign-out', { params: { path: { id: user.id } } }));
      setIssued(null);
      tell(words.signedOut(user.displayName));
    });
  async function created(user: CreatedUser) {
    await reload();
    setIssued(user.temporaryPassword ? { name: user.displayName, password: user.temporaryPassword } : null);
    tell(words.created(user.displayName));
  }
  async function saved(user: User, roleChanged: boolean) {
    await reload();
    setEditing(null);
    setIssued(null);
    tell(roleChanged ? words.savedWithRole(user.displayName, CASE_ROLE_LABELS[user.role].ja) : words.saved(user.displayName));
  }
  const edited = users.find((user) => user.id === editing);

  return (
    <>
      <StatusMessage said={said} statusRef={statusRef} />
      {issued && (
        <div className="rounded-8 border-2 border-green-900 bg-green-50 p-4">
          <p className="text-std-16B-170">{words.issued(issued.name)}</p>
          <p className="mt-1 font-mono text-std-20B-150 break-all" data-testid="temporary-password">
            {issued.password}
          </p>
          <p className="mt-1 text-dns-16N-130">{words.issuedHelp}</p>
        </div>
      )}
      <Refusal error={error} />
      <UserList users={users} myId={myId} onEdit={(user) => setEditing(user.id)} onReset={reset} onSignOut={signOut} />
      {edited && (
        <UserEditForm
          key={edited.id}
          user={edited}
          areas={areas}
          onSaved={saved}
          onCancel={() => {
            setEditing(null);
            requestAnimationFrame(() => focusEditButton(edited.id));
          }}
        />
      )}
      <NewUserForm areas={areas} onCreated={created} />
    </>
  );
}
