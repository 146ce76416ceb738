import { CASE_ROLE_LABELS } from '../../../../../libs/lifecycle/src/case-role-labels.js';
import { secondaryButton } from '../../components/button.js';
import { texts } from '../../texts.js';
import type { User } from './user-edit-form.js';

interface UserListProps {
  users: User[];
  myId: string | undefined;
  onEdit(user: User): void;
  onReset(user: User): void;
  onSignOut(user: User): void;
}

/**
 * The users as a table from a tablet's width up, and as one card each on a phone, where a table
 * of five columns would scroll sideways with every row's buttons out of sight. Only one of the
 * two is displayed, so a screen reader meets each user once.
 */
export function UserList(props: UserListProps) {
  return (
    <>
      <UserCards {...props} />
      <UserTable {...props} />
    </>
  );
}

/** The focus back on the user's 変更する, in whichever of the two is displayed. */
export function focusEditButton(userId: string): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-edits="${userId}"]`);
  [...buttons].find((button) => button.offsetParent !== null)?.focus();
}

const areasOf = (user: User): string => (user.role !== 'officer' ? '' : user.liaisonAreas.length > 0 ? user.liaisonAreas.join('、') : texts.admin.users.allAreas);
const organizationsOf = (user: User): string => user.organizations.map((organization) => organization.name).join('、');

function UserTable({ users, ...acts }: UserListProps) {
  const words = texts.admin.users;
  const cell = 'border-b border-solid-gray-200 px-2 py-2 align-top';
  const head = 'border-b border-solid-gray-420 px-2 py-2 text-left whitespace-nowrap';
  return (
    // Scrolls sideways only between a tablet's width and a laptop's, should a column not wrap.
    <div role="region" aria-label={words.tableCaption} tabIndex={0} className="hidden overflow-x-auto focus-visible:outline-4 focus-visible:outline-black md:block">
      <table className="w-full border-collapse text-std-16N-170">
        <caption className="sr-only">{words.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>{words.nameAndEmail}</th>
            <th scope="col" className={head}>{words.role}</th>
            <th scope="col" className={head}>{words.liaisonAreas}</th>
            <th scope="col" className={head}>{words.organizations}</th>
            <th scope="col" className={head}>{words.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <span className="font-bold">{user.displayName}</span>
                {user.id === acts.myId && words.you}
                <span className="block text-dns-16N-130 text-solid-gray-700 [overflow-wrap:anywhere]">{user.email}</span>
              </th>
              <td className={`${cell} whitespace-nowrap`}>{CASE_ROLE_LABELS[user.role].ja}</td>
              <td className={cell}>{areasOf(user)}</td>
              <td className={cell}>{organizationsOf(user)}</td>
              <td className={cell}>
                <UserActions user={user} {...acts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UserCards({ users, ...acts }: UserListProps) {
  const words = texts.admin.users;
  return (
    <ul aria-label={words.tableCaption} className="flex flex-col gap-3 md:hidden">
      {users.map((user) => (
        <li key={user.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
          <p>
            <span className="font-bold">{user.displayName}</span>
            {user.id === acts.myId && words.you}
            <span className="block text-dns-16N-130 text-solid-gray-700 [overflow-wrap:anywhere]">{user.email}</span>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="font-bold">{words.role}</dt>
            <dd>{CASE_ROLE_LABELS[user.role].ja}</dd>
            {user.role === 'officer' && (
              <>
                <dt className="font-bold">{words.liaisonAreas}</dt>
                <dd>{areasOf(user)}</dd>
              </>
            )}
            {user.organizations.length > 0 && (
              <>
                <dt className="font-bold">{words.organizations}</dt>
                <dd>{organizationsOf(user)}</dd>
              </>
            )}
          </dl>
          <UserActions user={user} {...acts} />
        </li>
      ))}
    </ul>
  );
}

function UserActions({ user, myId, onEdit, onReset, onSignOut }: Omit<UserListProps, 'users'> & { user: User }) {
  const words = texts.admin.users;
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" data-edits={user.id} className={secondaryButton} aria-label={words.edit(user.displayName)} onClick={() => onEdit(user)}>
        {words.editShort}
      </button>
      <button type="button" className={secondaryButton} aria-label={words.reset(user.displayName)} onClick={() => onReset(user)}>
        {words.resetShort}
      </button>
      {/* One's own sessions end from the header's サインアウト, which ends them on every device too. */}
      {user.id !== myId && (
        <button type="button" className={secondaryButton} aria-label={words.signOut(user.displayName)} onClick={() => onSignOut(user)}>
          {words.signOutShort}
        </button>
      )}
    </div>
  );
}
