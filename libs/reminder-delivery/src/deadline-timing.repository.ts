import type { EntityManager } from 'typeorm';
import type { DeadlineTiming } from '#libs/reminders';

interface TimingRow {
  id: string;
  due_on: string;
  due_at: Date;
  reminder_days_before: number[];
  escalate_to: string | null;
  escalate_after_days: number;
  status: 'pending' | 'cleared';
}

export type DeadlineTimingWithStatus = DeadlineTiming & { status: 'pending' | 'cleared' };

const toTiming = (row: TimingRow): DeadlineTimingWithStatus => ({
  id: row.id,
  dueOn: row.due_on,
  dueAt: row.due_at,
  reminderDaysBefore: row.reminder_days_before,
  escalateTo: row.escalate_to,
  escalateAfterDays: row.escalate_after_days,
  status: row.status,
});

const TIMING_COLUMNS = `d.id, d.due_on::text AS due_on, d.due_at, d.reminder_days_before, d.escalate_to, d.escalate_after_days, d.status`;

/** The deadlines named by outbox messages, whatever their status. */
export async function readDeadlineTimings(manager: EntityManager, ids: readonly string[]): Promise<DeadlineTimingWithStatus[]> {
  if (ids.length === 0) return [];
  const rows: TimingRow[] = await manager.query(`SELECT ${TIMING_COLUMNS} FROM deadline d WHERE d.id = ANY($1::uuid[])`, [ids]);
  return rows.map(toTiming);
}

export type ScheduledDeadline = DeadlineTimingWithStatus & { scheduledAt: Date };

/** Where a page of pending deadlines starts: after this one, by due instant. */
export interface DeadlinePageStart {
  dueAt: Date;
  id: string;
}

/**
 * A page of pending deadlines the relay has scheduled, with the instant it did (when its
 * `deadline.scheduled` message was published), in due order. One not yet relayed is the
 * relay's to schedule and is left out.
 */
export async function readScheduledPendingDeadlines(
  manager: EntityManager,
  after: DeadlinePageStart | null,
  limit: number,
): Promise<ScheduledDeadline[]> {
  // Two statements rather than one with `$1 IS NULL OR …`, so each walks the pending-deadline index by due instant.
  const rows: Array<TimingRow & { scheduled_at: Date }> = await manager.query(
    `SELECT ${TIMING_COLUMNS}, s.scheduled_at
       FROM deadline d
       JOIN LATERAL (
         SELECT min(o.published_at) AS scheduled_at FROM outbox o
          WHERE o.topic = 'deadline.scheduled' AND o.payload->>'deadlineId' = d.id::text
       ) s ON s.scheduled_at IS NOT NULL
      WHERE d.status = 'pending' ${after ? 'AND (d.due_at, d.id) > ($2::timestamptz, $3::uuid)' : ''}
      ORDER BY d.due_at, d.id
      LIMIT $1`,
    after ? [limit, after.dueAt, after.id] : [limit],
  );
  return rows.map((row) => ({ ...toTiming(row), scheduledAt: row.scheduled_at }));
}
