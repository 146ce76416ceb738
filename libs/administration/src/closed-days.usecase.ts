import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import { appendAdministrationEntry } from '#libs/audit';
import { formatEraDate } from '#libs/calendar';
import { Clock } from '#libs/clock';
import { UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import type { ClosedDayView } from './closed-day.view.js';
import { ClosedDayRepository } from './closed-day.repository.js';

/**
 * The municipality's own closed days (臨時休業): deadlines computed after a change move off
 * them; deadlines already set keep their date, as the notices that announced them do.
 * Each change is an entry of the administration trail.
 */
@Injectable()
export class ClosedDays {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  list(actor: AdministrationActor): Promise<ClosedDayView[]> {
    requireAdministrator(actor, text('閉庁日の管理', 'manage closed days'));
    return this.unitOfWork.read((manager) => new ClosedDayRepository(manager).list(actor.tenantId));
  }

  /** Adds a closed day, or gives an existing one its new reason; the same reason again changes nothing. */
  add(actor: AdministrationActor, day: ClosedDayView): Promise<ClosedDayView> {
    requireAdministrator(actor, text('閉庁日の管理', 'manage closed days'));
    return this.unitOfWork.run(async (manager) => {
      const days = new ClosedDayRepository(manager);
      let before: string | null = null;
      // Each further turn lost a race with another administrator removing or adding the same day.
      while (!(await days.insertIfAbsent(actor.tenantId, day))) {
        before = await days.replaceReason(actor.tenantId, day);
        if (before !== null) break;
      }
      if (before !== day.reason) {
        await appendAdministrationEntry(manager, {
          actor,
          action: 'closedDay.added',
          subjectId: day.date,
          payload: { before: before === null ? null : { reason: before }, after: { reason: day.reason } },
          occurredAt: this.clock.now(),
        });
      }
      return day;
    });
  }

  remove(actor: AdministrationActor, date: string): Promise<void> {
    requireAdministrator(actor, text('閉庁日の管理', 'manage closed days'));
    return this.unitOfWork.run(async (manager) => {
      const reason = await new ClosedDayRepository(manager).remove(actor.tenantId, date);
      if (reason === null) {
        throw new AdministrationException(
          AdministrationErrorCode.ClosedDayNotFound,
          text(`${formatEraDate(date)}はこの自治体の閉庁日として登録されていません。`, `${date} is not a closed day of this municipality`),
        );
      }
      await appendAdministrationEntry(manager, {
        actor,
        action: 'closedDay.removed',
        subjectId: date,
        payload: { before: { reason } },
        occurredAt: this.clock.now(),
      });
    });
  }
}
