import { Link, useSearchParams } from 'react-router';
import { fiscalYearLabel } from '../../../../../libs/calendar/src/fiscal-year-label.js';
import { fiscalYearOfInstant } from '../../../../../libs/calendar/src/fiscal-year.js';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { linkStyle } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { SelectField } from '../../components/select-field.js';
import { yen } from '../../format.js';
import { texts } from '../../texts.js';

type Report = components['schemas']['FiscalYearCloseReportDto'];

/** Years the close is asked for: the one closing now (last year's, until 31 May) and the current one. */
const YEARS_SHOWN = 4;

/**
 * 未精算案件: the cases of a fiscal year not settled before its accounts close on 31 May
 * (出納整理期間), counted by program and state, listed with their money, and saved as CSV.
 * The year is kept in the address.
 */
export function FiscalYearClose() {
  const [search, setSearch] = useSearchParams();
  const thisYear = fiscalYearOfInstant(new Date());
  const asked = Number(search.get('fiscalYear'));
  const fiscalYear = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear - 1;
  const report = useLoad(() => unwrap(api.GET('/reports/fiscal-year-close', { params: { query: { fiscalYear } } })), [fiscalYear]);
  const words = texts.staff.fiscalYearClose;
  const years = Array.from({ length: YEARS_SHOWN }, (_, index) => thisYear - index).map((year) => [String(year), fiscalYearLabel(year)] as const);
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      <SelectField label={words.fiscalYear} value={String(fiscalYear)} onChange={(changed) => setSearch({ fiscalYear: changed.target.value })} choices={years} />
      {report.status === 'loading' && <p role="status">{texts.loading}</p>}
      {report.status === 'failed' && <Refusal error={report.error} />}
      {report.status === 'done' && <ReportBody report={report.data} />}
    </>
  );
}

function ReportBody({ report }: { report: Report }) {
  const words = texts.staff.fiscalYearClose;
  const cell = 'border-b border-solid-gray-200 px-2 py-2 align-top';
  const head = 'border-b border-solid-gray-420 px-2 py-2 text-left whitespace-nowrap';
  return (
    <>
      <p role="status" className={`rounded-8 border-2 p-4 text-std-17B-170 ${report.unsettledCount > 0 ? 'border-red-800 bg-red-50' : 'border-green-900 bg-green-50'}`}>
        {words.summary(report.fiscalYearLabel, report.unsettledCount, report.accountsCloseOnEra, report.daysUntilClose)}
      </p>
      <Section title={words.byProgramTitle}>
        <ul className="flex flex-col gap-2 text-std-16N-170">
          {report.byProgram.map((program) => (
            <li key={program.programCode}>
              <span className="font-bold">
                {program.programName}: {words.count(program.count)}
              </span>
              （{program.byState.map((state) => `${state.stateJa} ${state.count}`).join('、')}）
            </li>
          ))}
        </ul>
      </Section>
      {report.cases.length > 0 && (
        <div role="region" aria-label={words.tableRegion} tabIndex={0} className="overflow-x-auto focus-visible:outline-4 focus-visible:outline-black">
          <table className="w-full min-w-[52rem] border-collapse text-std-16N-170">
            <caption className="sr-only">{words.tableRegion}</caption>
            <thead>
              <tr>
                {[words.caseNumber, words.organization, words.program, words.state].map((label) => (
                  <th key={label} scope="col" className={head}>
                    {label}
                  </th>
                ))}
                {[words.decided, words.confirmed, words.paid, words.refunded].map((label) => (
                  <th key={label} scope="col" className={`${head} text-right`}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.cases.map((row) => (
                <tr key={row.caseId}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    <Link to={`/cases/${row.caseId}`} className={linkStyle}>
                      {row.caseNumber ?? texts.staff.caseList.noCaseNumber}
                    </Link>
                  </th>
                  <td className={cell}>{row.organizationName}</td>
                  <td className={cell}>{row.programName}</td>
                  <td className={cell}>{row.stateJa}</td>
                  {[row.decidedAmount, row.confirmedAmount, row.paidAmount, row.refundedAmount].map((amount, index) => (
                    <td key={index} className={`${cell} text-right`}>
                      {amount === null ? '' : yen(amount)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/reports/fiscal-year-close?fiscalYear=${report.fiscalYear}&format=csv`} download className={linkStyle}>
          {words.csv}
        </a>
      </p>
    </>
  );
}
