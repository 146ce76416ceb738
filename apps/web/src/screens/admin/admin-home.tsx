import { Link } from 'react-router';
import { linkStyle } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { texts } from '../../texts.js';

/** The administrator's home: what they keep, one link each. */
export function AdminHome() {
  const words = texts.admin.home;
  const links = [
    ['/admin/programs', texts.admin.nav.programs, words.programs],
    ['/admin/organizations', texts.admin.nav.organizations, words.organizations],
    ['/admin/closed-days', texts.admin.nav.closedDays, words.closedDays],
    ['/admin/users', texts.admin.nav.users, words.users],
    ['/admin/audit', texts.admin.nav.audit, words.audit],
  ] as const;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      <ul className="flex flex-col gap-3">
        {links.map(([to, name, what]) => (
          <li key={to} className="rounded-8 border border-solid-gray-420 p-4 text-std-16N-170">
            <Link to={to} className={`${linkStyle} text-std-18B-160`}>
              {name}
            </Link>
            <p className="mt-1">{what}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
