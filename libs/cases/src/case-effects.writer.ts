import type { EntityManager } from 'typeorm';
import { computeDeadline, type IsoDate, type MunicipalCalendar, tokyoEndOfDay } from '#libs/calendar';
import type { CaseEffect } from '#libs/lifecycle';
import { DeadlineEntity, NoticeEntity, OutboxMessageEntity } from '#libs/persistence';
import type { CaseRecord, CaseRepository } from './case.repository.js';
import { formatNoticeNumber, noticeNumberScope } from './notice-number.js';

export interface EffectsContext {
  record: CaseRecord;
  on: IsoDate;
  /** Read on demand: most events set no deadline. */
  calendar: () => Promise<MunicipalCalendar>;
}

/**
 * Turns the machine's effects into rows of the same transaction: deadlines (the truth the
 * reminder worker schedules from), numbered notices, and outbox messages for the worker.
 */
export class CaseEffectsWriter {
  constructor(
    private readonly manager: EntityManager,
    private readonly cases: CaseRepository,
  ) {}

  async apply(effects: readonly CaseEffect[], context: EffectsContext): Promise<void> {
    for (const effect of effects) await this.applyOne(effect, context);
  }

  private async applyOne(effect: CaseEffect, { record, on, calendar }: EffectsContext): Promise<void> {
    const { row, program } = record;
    switch (effect.type) {
      case 'setDeadline': {
        const subject = effect.subject ?? '';
        await this.clearPending(row.id, { kind: effect.kind, subject });
        const dueOn = computeDeadline(effect.rule, effect.from, await calendar());
        const deadline = await this.manager.save(DeadlineEntity, {
          tenantId: row.tenantId,
          caseId: row.id,
          kind: effect.kind,
          subject,
          dueOn,
          dueAt: tokyoEndOfDay(dueOn),
          remindRoles: effect.remind,
          escalateTo: effect.escalateTo,
          reminderDaysBefore: program.reminders.daysBefore,
          escalateAfterDays: program.reminders.escalateAfterDays,
          status: 'pending',
          clearedAt: null,
        });
        return this.publish(row.tenantId, row.id, 'deadline.scheduled', { deadlineId: deadline.id });
      }
      case 'clearDeadline':
        return this.clearPending(row.id, { kind: effect.kind, subject: effect.subject ?? '' });
      case 'clearAllDeadlines':
        return this.clearPending(row.id, null);
      case 'issueNotice': {
        const noticeNumber =
          effect.noticeNumber ??
          formatNoticeNumber(effect.kind, row.fiscalYear, await this.cases.nextNumber(row.tenantId, noticeNumberScope(effect.kind, row.fiscalYear)));
        const notice = await this.manager.save(NoticeEntity, {
          tenantId: row.tenantId,
          caseId: row.id,
          kind: effect.kind,
          noticeNumber,
          issuedOn: on,
        });
        return this.publish(row.tenantId, row.id, 'notice.issued', { noticeId: notice.id });
      }
      case 'notifyRoles':
        return this.publish(row.tenantId, row.id, 'case.notify', { roles: effect.roles, reason: effect.reason });
    }
  }

  /** Clears the pending deadline of one kind and subject, or all of the case's; the worker is told which. */
  private async clearPending(caseId: string, which: { kind: string; subject: string } | null): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [cleared]: [Array<{ id: string; tenant_id: string }>, number] = await this.manager.query(
      `UPDATE deadline SET status = 'cleared', cleared_at = now()
        WHERE case_id = $1 AND status = 'pending' ${which ? 'AND kind = $2 AND subject = $3' : ''}
        RETURNING id, tenant_id`,
      which ? [caseId, which.kind, which.subject] : [caseId],
    );
    for (const deadline of cleared) await this.publish(deadline.tenant_id, caseId, 'deadline.cleared', { deadlineId: deadline.id });
  }

  private async publish(tenantId: string, caseId: string, topic: string, payload: Record<string, unknown>): Promise<void> {
    await this.manager.insert(OutboxMessageEntity, { tenantId, caseId, topic, payload });
  }
}
