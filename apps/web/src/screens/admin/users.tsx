import { useRef, useState } from 'react';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { CASE_ROLE_LABELS } from '../../../../../libs/lifecycle/src/case-role-labels.js';
import { api, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { secondaryButton } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { texts } from '../../texts.js';

type User = components['schemas']['UserResponseDto'];

/** The municipality's users with their roles and organizations; a one-time password issued for one, shown this once. */
export function Users() {
  const loaded = useLoad(() => unwrap(api.GET('/admin/users')), []);
  const words = texts.admin.users;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && <UserTable users={loaded.data} />}
    </>
  );
}

function UserTable({ users }: { users: User[] }) {
  const words = texts.admin.users;
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const box = useRef<HTMLDivElement>(null);
  async function reset(user: User) {
    setError(null);
    try {
      const { temporaryPassword } = await unwrap(api.POST('/admin/users/{id}/password-reset', { params: { path: { id: user.id } } }));
      setIssued({ name: user.displayName, password: temporaryPassword });
      requestAnimationFrame(() => box.current?.focus());
    } catch (refused) {
      setError(refused);
    }
  }
  const cell = 'border-b border-solid-gray-200 px-2 py-2 align-top';
  const head = 'border-b border-solid-gray-420 px-2 py-2 text-left whitespace-nowrap';
  return (
    <>
      <Refusal error={error} />
      {issued && (
        <div ref={box} tabIndex={-1} role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">
          <p className="text-std-16B-170">{words.issued(issued.name)}</p>
          <p className="mt-1 font-mono text-std-20B-150" data-testid="temporary-password">
            {issued.password}
          </p>
          <p className="mt-1 text-dns-16N-130">{words.issuedHelp}</p>
        </div>
      )}
      <div role="region" aria-label={words.tableCaption} tabIndex={0} className="overflow-x-auto focus-visible:outline-4 focus-visible:outline-black">
        <table className="w-full min-w-[48rem] border-collapse text-std-16N-170">
          <caption className="sr-only">{words.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={head}>{words.name}</th>
              <th scope="col" className={head}>{words.email}</th>
              <th scope="col" className={head}>{words.role}</th>
              <th scope="col" className={head}>{words.organizations}</th>
              <td className={head} />
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row" className={`${cell} text-left font-normal`}>{user.displayName}</th>
                <td className={cell}>{user.email}</td>
                <td className={cell}>{CASE_ROLE_LABELS[user.role].ja}</td>
                <td className={cell}>{user.organizations.map((organization) => organization.name).join('、')}</td>
                <td className={cell}>
                  <button type="button" className={secondaryButton} aria-label={words.reset(user.displayName)} onClick={() => void reset(user)}>
                    {words.resetShort}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
