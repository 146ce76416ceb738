import { Link, useSearchParams } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { loadCaseListPage } from '../../api/early-case-list.js';
import type { Role } from '../../api/roles.js';
import { useLoad } from '../../api/use-load.js';
import { linkStyle, secondaryButton } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { daysLeftText, eraDateWithWeekday, tokyoDateTime, yen } from '../../format.js';
import { texts } from '../../texts.js';
import { addressOfFilters, type CaseListFilters, filtersFromAddress } from './case-list-filters.js';
import { CaseListFiltersForm } from './case-list-filters-form.js';

type CaseSummary = components['schemas']['CaseSummaryDto'];

/**
 * The cases a staff member may see, filtered, newest first, a page at a time from the server.
 * The filters and the page live in the address: a reload, a bookmark or a shared link opens
 * the same view. The filtered list (every page) can be saved as CSV for Excel.
 */
export function CaseList({ role }: { role: Role }) {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromAddress(search);
  const address = addressOfFilters(filters).toString();
  const page = useLoad(() => loadCaseListPage(filters), [address]);
  const words = texts.staff.caseList;
  const { cursor, ...withoutCursor } = filters;
  const show = (next: CaseListFilters) => setSearch(addressOfFilters(next));
  const exportQuery = addressOfFilters(withoutCursor).toString();
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      {role === 'officer' && (
        <p>
          <Link to="/cases/new" className={secondaryButton}>
            {texts.staff.openOnBehalf.link}
          </Link>
        </p>
      )}
      <CaseListFiltersForm key={addressOfFilters(withoutCursor).toString()} filters={withoutCursor} role={role} onApply={show} />
      {page.status === 'loading' && <p role="status">{texts.loading}</p>}
      {page.status === 'failed' && <Refusal error={page.error} />}
      {page.status === 'done' && (
        <>
          <p role="status" className="text-std-16B-170">
            {page.data.items.length === 0 ? words.none : words.shown(page.data.items.length, page.data.nextCursor !== null)}
          </p>
          {page.data.items.length > 0 && <CaseTable cases={page.data.items} />}
          <p className="flex flex-wrap items-center gap-x-6 gap-y-2">
            {page.data.nextCursor && (
              <Link to={`?${addressOfFilters({ ...withoutCursor, cursor: page.data.nextCursor }).toString()}`} className={secondaryButton}>
                {words.next}
              </Link>
            )}
            {cursor && (
              <Link to={`?${exportQuery}`} className={linkStyle}>
                {words.first}
              </Link>
            )}
            <a href={`/cases/export.csv${exportQuery ? `?${exportQuery}` : ''}`} download className={linkStyle}>
              {words.export}
            </a>
          </p>
        </>
      )}
    </>
  );
}

function CaseTable({ cases }: { cases: CaseSummary[] }) {
  const words = texts.staff.caseList;
  const cell = 'border-b border-solid-gray-200 px-2 py-2 align-top';
  const head = 'border-b border-solid-gray-420 px-2 py-2 text-left whitespace-nowrap';
  return (
    // A wide table scrolls inside its own region (reachable by keyboard), not the page.
    <div role="region" aria-label={words.tableRegion} tabIndex={0} className="overflow-x-auto focus-visible:outline-4 focus-visible:outline-black">
      <table className="w-full min-w-[56rem] border-collapse text-std-16N-170">
        <caption className="sr-only">{words.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>{words.caseNumber}</th>
            <th scope="col" className={head}>{words.columnsOrganization}</th>
            <th scope="col" className={head}>{words.columnsProgram}</th>
            <th scope="col" className={head}>{words.columnsState}</th>
            <th scope="col" className={head}>{words.columnsNextDeadline}</th>
            <th scope="col" className={`${head} text-right`}>{words.columnsRequested}</th>
            <th scope="col" className={head}>{words.columnsUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((summary) => (
            <tr key={summary.id}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link to={`/cases/${summary.id}`} className={linkStyle}>
                  {summary.caseNumber ?? words.noCaseNumber}
                </Link>
              </th>
              <td className={cell}>
                {summary.organization.name}
                <span className="block text-dns-14N-130 text-solid-gray-700">{summary.organization.area}</span>
              </td>
              <td className={cell}>{summary.programName}</td>
              <td className={cell}>{summary.state.ja}</td>
              <td className={`${cell} ${summary.overdue ? 'font-bold text-red-800' : ''}`}>
                {summary.overdue && <span className="mr-1 rounded-4 bg-red-800 px-1 text-dns-14B-130 text-white">{words.overdueMark}</span>}
                {summary.nextDeadline && `${eraDateWithWeekday(summary.nextDeadline.dueOn)}（${daysLeftText(summary.nextDeadline.daysLeft)}）`}
              </td>
              <td className={`${cell} text-right`}>{summary.amounts.requested === null ? '' : yen(summary.amounts.requested)}</td>
              <td className={`${cell} whitespace-nowrap`}>{tokyoDateTime(summary.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
