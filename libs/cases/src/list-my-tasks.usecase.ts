import { Injectable } from '@nestjs/common';
import { daysBetween, formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import {
  CASE_EVENT_LABELS,
  CASE_STATE_LABELS,
  type CaseEventType,
  type CaseStateCode,
  caseTasks,
  restoreSnapshot,
  type StoredCaseSnapshot,
  TASK_LABELS,
  type TaskKind,
} from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { CaseRepository } from './case.repository.js';
import { ADMINISTRATORS_SEE_NO_CASES, CASE_READERS } from './case-readers.js';
import type { CaseUser } from './case-user.js';
import type { ActionProblemView, BilingualText } from './case-view.js';
import { Clock } from '#libs/clock';
import { casesWithTasksFor } from './my-tasks.repository.js';

/** The most cases one to-do list reads; past it the list says it is cut (`truncated`). */
const CASES_READ = 500;

export interface TaskView {
  kind: TaskKind;
  label: BilingualText;
  /** The event that does it, and its label; null for a follow-up. */
  event: { type: CaseEventType; label: BilingualText } | null;
  case: {
    id: string;
    caseNumber: string | null;
    programCode: string;
    programNameJa: string;
    organization: { id: string; name: string };
    state: { code: CaseStateCode; ja: string; en: string };
  };
  /** The deadline it is due by, if any: its kind, date (also 令和7年5月7日), and days left (negative once passed). */
  due: { kind: string; dueOn: IsoDate; dueOnJa: string; daysLeft: number } | null;
  overdue: boolean;
  /** Rules that stop the event now (papers missing …): the task waits on them. */
  blockers: ActionProblemView[];
}

export interface MyTasksView {
  /** The Tokyo date the list was made for. */
  asOf: IsoDate;
  /** Overdue first, then by due date, then the longest waiting. */
  items: TaskView[];
  /** More cases than one list reads: the oldest were read. */
  truncated: boolean;
}

/**
 * GET /me/tasks: what the caller must do now, across the cases they may see, computed from the
 * cases' states and open deadlines (nothing is stored twice), in the order a clerk works.
 */
@Injectable()
export class ListMyTasks {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(user: CaseUser): Promise<MyTasksView> {
    if (user.role === 'admin') {
      throw new CaseException(CaseErrorCode.Forbidden, ADMINISTRATORS_SEE_NO_CASES, { allowedRoles: CASE_READERS });
    }
    const asOf = tokyoDateOf(this.clock.now());
    return this.unitOfWork.read(async (manager) => {
      const rows = await casesWithTasksFor(manager, user, CASES_READ + 1);
      const cases = new CaseRepository(manager);
      const actor = { userId: user.userId, role: user.role, organizationIds: user.organizationIds };
      const items: Array<TaskView & { waitingSince: number }> = [];
      for (const row of rows.slice(0, CASES_READ)) {
        const program = await cases.program(row.program_version_id);
        const snapshot = restoreSnapshot(row.snapshot as StoredCaseSnapshot, program);
        const state = row.state as CaseStateCode;
        for (const task of caseTasks(snapshot, actor, { on: asOf, documentsHeld: row.documents_held }, row.deadlines)) {
          const due = task.deadline && {
            kind: task.deadline.kind,
            dueOn: task.deadline.dueOn,
            dueOnJa: formatEraDate(task.deadline.dueOn),
            daysLeft: daysBetween(asOf, task.deadline.dueOn),
          };
          items.push({
            kind: task.kind,
            label: TASK_LABELS[task.kind],
            event: task.event && { type: task.event, label: CASE_EVENT_LABELS[task.event] },
            case: {
              id: row.id,
              caseNumber: row.case_number,
              programCode: row.program_code,
              programNameJa: program.nameJa,
              organization: { id: row.organization_id, name: row.organization_name },
              state: { code: state, ...CASE_STATE_LABELS[state] },
            },
            due,
            overdue: due !== null && due.daysLeft < 0,
            blockers: task.blockers.map(({ field, text }) => ({ field, ...text })),
            waitingSince: row.updated_at.getTime(),
          });
        }
      }
      items.sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.due?.dueOn ?? '9999-12-31').localeCompare(b.due?.dueOn ?? '9999-12-31') ||
          a.waitingSince - b.waitingSince,
      );
      return { asOf, items: items.map(({ waitingSince: _, ...task }) => task), truncated: rows.length > CASES_READ };
    });
  }
}
