import { Link } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../api/client.js';
import { useLoad } from '../api/use-load.js';
import { linkStyle } from '../components/button.js';
import { PageTitle } from '../components/page-title.js';
import { Section } from '../components/section.js';
import { Refusal } from '../components/refusal.js';
import { daysLeftText, eraDateWithWeekday } from '../format.js';
import { texts } from '../texts.js';
import { HomeNotifications } from './home-notifications.js';

type CaseSummary = components['schemas']['CaseSummaryDto'];
type Task = components['schemas']['TaskDto'];

/** The applicant's home: each case of their organizations with its status, the next thing to do and its deadline; unread notifications. */
export function Home() {
  const loaded = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/cases', { params: { query: { limit: 50 } } })),
        unwrap(api.GET('/me/tasks')),
        unwrap(api.GET('/me/notifications', { params: { query: { unread: true, limit: 10 } } })),
      ]),
    [],
  );
  return (
    <>
      <PageTitle title={texts.home.title}>{texts.home.title}</PageTitle>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && (
        <>
          <Cases cases={loaded.data[0].items} tasks={loaded.data[1].items} />
          <HomeNotifications unread={loaded.data[2].items} />
        </>
      )}
    </>
  );
}

function Cases({ cases, tasks }: { cases: CaseSummary[]; tasks: Task[] }) {
  return (
    <Section title={texts.home.casesTitle} className="flex flex-col gap-4">
      {cases.length === 0 ? (
        <p className="text-std-16N-170">
          {texts.home.noCases}{' '}
          <Link to="/programs" className={linkStyle}>
            {texts.home.toPrograms}
          </Link>
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {cases.map((summary) => (
            <CaseCard key={summary.id} summary={summary} task={tasks.find((task) => task.case.id === summary.id)} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function CaseCard({ summary, task }: { summary: CaseSummary; task: Task | undefined }) {
  return (
    <li className="rounded-12 border border-solid-gray-420 p-4">
      <p className="text-dns-16N-130 text-solid-gray-700">
        {summary.organization.name} ・ {texts.home.caseNumber}: {summary.caseNumber ?? texts.home.noCaseNumber}
      </p>
      <p className="mt-1 text-std-18B-160">
        <Link to={`/cases/${summary.id}`} className={linkStyle}>
          {texts.applicantState[summary.state.code]}
        </Link>
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-std-16N-170 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{texts.home.next}</dt>
        <dd>{task ? task.label.ja : texts.home.nothingToDo}</dd>
        {task?.due && (
          <>
            <dt className="font-bold">{texts.home.deadline}</dt>
            <dd className={task.overdue ? 'font-bold text-red-800' : ''}>
              {eraDateWithWeekday(task.due.dueOn)}（{daysLeftText(task.due.daysLeft)}）
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
