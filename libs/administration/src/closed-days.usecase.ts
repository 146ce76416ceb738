import { Injectable } from '@nestjs/common';
import { TenantClosedDayEntity, UnitOfWork } from '#libs/persistence';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { requireAdministrator } from './administrator.policy.js';
import type { ClosedDayView } from './closed-day.view.js';

/**
 * The municipality's own closed days (臨時休業): deadlines computed after a change move off
 * them; deadlines already set keep their date, as the notices that announced them do.
 */
@Injectable()
export class ClosedDays {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  list(actor: AdministrationActor): Promise<ClosedDayView[]> {
    requireAdministrator(actor, 'manage closed days');
    return this.unitOfWork.run(async (manager) => {
      const days = await manager.find(TenantClosedDayEntity, { where: { tenantId: actor.tenantId }, order: { closedOn: 'ASC' } });
      return days.map((day) => ({ date: day.closedOn, reason: day.reason }));
    });
  }

  /** Adds a closed day, or gives an existing one its new reason. */
  add(actor: AdministrationActor, day: ClosedDayView): Promise<ClosedDayView> {
    requireAdministrator(actor, 'manage closed days');
    return this.unitOfWork.run(async (manager) => {
      await manager.upsert(TenantClosedDayEntity, { tenantId: actor.tenantId, closedOn: day.date, reason: day.reason }, ['tenantId', 'closedOn']);
      return day;
    });
  }

  remove(actor: AdministrationActor, date: string): Promise<void> {
    requireAdministrator(actor, 'manage closed days');
    return this.unitOfWork.run(async (manager) => {
      const { affected } = await manager.delete(TenantClosedDayEntity, { tenantId: actor.tenantId, closedOn: date });
      if (!affected) throw new AdministrationException(AdministrationErrorCode.ClosedDayNotFound, `${date} is not a closed day of this municipality`);
    });
  }
}
