import { NavLink, Outlet, useNavigate } from 'react-router';
import { CASE_ROLE_LABELS } from '../../../../libs/lifecycle/src/case-role-labels.js';
import { type Role, type Side, sideOf } from '../api/roles.js';
import { useSession } from '../api/session.js';
import { minutesText } from '../format.js';
import { texts } from '../texts.js';
import { linkStyle } from './button.js';
import { SessionWarning } from './session-warning.js';

const navLink = ({ isActive }: { isActive: boolean }) => `${linkStyle} ${isActive ? 'font-bold' : ''}`;

/** What a role of the side does not read (the API refuses it): a reviewer has no fiscal-year figures. */
const NOT_FOR: Partial<Record<Role, readonly string[]>> = { reviewer: ['/reports/fiscal-year-close'] };

/** Each side's menu, its home first; the password and how one hears are everyone's (ACCOUNT). */
const MENUS: Record<Side, readonly (readonly [string, string])[]> = {
  applicant: [
    ['/', texts.header.home],
    ['/programs', texts.header.programs],
  ],
  staff: [
    ['/', texts.staff.nav.tasks],
    ['/cases', texts.staff.nav.cases],
    ['/reports/fiscal-year-close', texts.staff.nav.fiscalYearClose],
  ],
  admin: [
    ['/', texts.admin.nav.home],
    ['/admin/programs', texts.admin.nav.programs],
    ['/admin/organizations', texts.admin.nav.organizations],
    ['/admin/closed-days', texts.admin.nav.closedDays],
    ['/admin/users', texts.admin.nav.users],
    ['/admin/audit', texts.admin.nav.audit],
  ],
};

/** One's own account, after every side's menu. */
const ACCOUNT: readonly (readonly [string, string])[] = [
  ['/password', texts.header.password],
  ['/settings/notifications', texts.header.notificationSettings],
];

/** Every signed-in screen: a skip link, the header (who, time left, sign out), the menu, the screen. */
export function Layout() {
  const { session, secondsLeft, signOut } = useSession();
  const navigate = useNavigate();
  const side = session ? sideOf(session.user.role) : 'applicant';
  const staff = side !== 'applicant';
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-yellow-300 focus:p-2">
        {texts.skipToMain}
      </a>
      <header className="print:hidden border-b border-solid-gray-420 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <p className="text-std-18B-160">{staff ? texts.staff.appName : texts.appName}</p>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-dns-16N-130">
            <span>
              {session?.user.displayName}
              {staff && session && `（${CASE_ROLE_LABELS[session.user.role].ja}）`}
            </span>
            <span>{texts.header.sessionLeft(minutesText(secondsLeft))}</span>
            <button type="button" className={linkStyle} onClick={() => signOut().then(() => navigate('/sign-in'))}>
              {texts.header.signOut}
            </button>
          </div>
        </div>
        <nav aria-label={texts.header.mainNav} className="mx-auto max-w-5xl px-4 pb-3">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-std-16N-170">
            {[...MENUS[side], ...ACCOUNT].filter(([to]) => !(session && NOT_FOR[session.user.role]?.includes(to))).map(([to, name]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'} className={navLink}>
                  {name}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-6 print:max-w-none print:p-0">
        <Outlet />
      </main>
      <SessionWarning />
    </>
  );
}
