import { Link } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import type { CaseEventType } from '../../../../../libs/lifecycle/src/case-event.js';
import { api, unwrap } from '../../api/client.js';
import type { Role } from '../../api/roles.js';
import { useLoad } from '../../api/use-load.js';
import { linkStyle } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { daysLeftText, eraDateWithWeekday } from '../../format.js';
import { texts } from '../../texts.js';
import { actionPath } from '../case-action.js';
import { HomeNotifications } from '../home-notifications.js';

type Task = components['schemas']['TaskDto'];

/** A staff member's home: what they must do now across their cases (`GET /me/tasks`), overdue first, then their unread notifications. */
export function StaffTasks({ role }: { role: Role }) {
  const loaded = useLoad(
    () => Promise.all([unwrap(api.GET('/me/tasks')), unwrap(api.GET('/me/notifications', { params: { query: { unread: true, limit: 10 } } }))]),
    [],
  );
  const words = texts.staff.tasks;
  return (
    <>
      <PageTitle title={words.title}>
        {words.title}
        {loaded.status === 'done' && <span className="ml-2 text-std-20B-150">（{words.count(loaded.data[0].items.length)}）</span>}
      </PageTitle>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && (
        <>
          <p className="text-std-16N-170">{words.lead}</p>
          {loaded.data[0].items.length === 0 ? (
            <p className="text-std-16N-170">{words.none}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {loaded.data[0].items.map((task) => (
                <TaskCard key={`${task.case.id}:${task.kind}`} task={task} role={role} />
              ))}
            </ul>
          )}
          <HomeNotifications unread={loaded.data[1].items} />
        </>
      )}
    </>
  );
}

function TaskCard({ task, role }: { task: Task; role: Role }) {
  const words = texts.staff.tasks;
  const form = task.event && task.blockers.length === 0 ? actionPath(task.case.id, task.event.type as CaseEventType, role) : null;
  return (
    <li className={`rounded-8 border p-4 ${task.overdue ? 'border-2 border-red-800' : 'border-solid-gray-420'}`}>
      <p className="text-std-18B-160">
        {task.overdue && <span className="mr-2 rounded-4 bg-red-800 px-2 text-dns-14B-130 text-white">{words.overdue}</span>}
        {task.label.ja}
      </p>
      <p className="text-std-16N-170">{words.caseOf(task.case.caseNumber, task.case.organization.name)}</p>
      <p className="text-dns-16N-130 text-solid-gray-700">
        {task.case.programNameJa}・{task.case.state.ja}
      </p>
      <p className={`mt-1 text-std-16N-170 ${task.overdue ? 'font-bold text-red-800' : ''}`}>
        {words.due}: {task.due ? `${eraDateWithWeekday(task.due.dueOn)}（${daysLeftText(task.due.daysLeft)}）` : words.noDue}
      </p>
      {task.blockers.length > 0 && (
        <ul className="mt-1 list-disc pl-6 text-std-16N-170 text-red-800" aria-label={words.blocked}>
          {task.blockers.map((blocker) => (
            <li key={blocker.ja}>{blocker.ja}</li>
          ))}
        </ul>
      )}
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {form && task.event && (
          <Link to={form} className={linkStyle}>
            {texts.actions.goTo(task.event.label.ja)}
          </Link>
        )}
        <Link to={`/cases/${task.case.id}`} className={linkStyle}>
          {words.open}
        </Link>
      </p>
    </li>
  );
}
