import type { EntityManager } from 'typeorm';
import { TenantClosedDayEntity } from '#libs/persistence';
import type { ClosedDayView } from './closed-day.view.js';

/** The SQL of a municipality's own closed days, always scoped by tenant. */
export class ClosedDayRepository {
  constructor(private readonly manager: EntityManager) {}

  async list(tenantId: string): Promise<ClosedDayView[]> {
    const days = await this.manager.find(TenantClosedDayEntity, { where: { tenantId }, order: { closedOn: 'ASC' } });
    return days.map((day) => ({ date: day.closedOn, reason: day.reason }));
  }

  /** True when the day was not closed and now is; false when it was closed already (maybe by a transaction this one waited for). */
  async insertIfAbsent(tenantId: string, day: ClosedDayView): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO tenant_closed_day (tenant_id, closed_on, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING closed_on`,
      [tenantId, day.date, day.reason],
    );
    return rows.length === 1;
  }

  /**
   * Gives a closed day its new reason under the row's lock and answers the reason it had, or
   * null when the day is not closed (removed meanwhile). The locking sub-select is what lets
   * an UPDATE return the old value.
   */
  async replaceReason(tenantId: string, day: ClosedDayView): Promise<string | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [Array<{ reason: string }>, number] = await this.manager.query(
      `UPDATE tenant_closed_day d SET reason = $3
         FROM (SELECT closed_on, reason FROM tenant_closed_day WHERE tenant_id = $1 AND closed_on = $2 FOR UPDATE) old
        WHERE d.tenant_id = $1 AND d.closed_on = old.closed_on
        RETURNING old.reason`,
      [tenantId, day.date, day.reason],
    );
    return rows[0]?.reason ?? null;
  }

  /** Opens the day again; the reason it was closed for, or null when it was not closed. */
  async remove(tenantId: string, date: string): Promise<string | null> {
    const [rows]: [Array<{ reason: string }>, number] = await this.manager.query(
      `DELETE FROM tenant_closed_day WHERE tenant_id = $1 AND closed_on = $2 RETURNING reason`,
      [tenantId, date],
    );
    return rows[0]?.reason ?? null;
  }
}
