import type { EntityManager } from 'typeorm';
import type { OutboxMessage } from '#libs/outbox';
import { isUniqueViolation } from '#libs/persistence';
import { computeDeadline, type IsoDate, type MunicipalCalendar, tokyoEndOfDay } from '#libs/calendar';
import type { CaseContext, CaseEffect, CaseEvent, DeadlineKind } from '#libs/lifecycle';
import { type AppealPeriods, noticeContentDigest, noticeContentOf } from '#libs/notices';
import type { CaseRepository, LockedCaseRecord, PendingDeadline } from './case.repository.js';
import { formatNoticeNumber, noticeNumberScope } from './notice-number.js';
import { NOTICE_NUMBER_KEY, noticeNumberTaken } from './notice-number-taken.js';

export interface EffectsContext {
  record: LockedCaseRecord;
  on: IsoDate;
  /** Read on demand: most events set no deadline. */
  calendar: () => Promise<MunicipalCalendar>;
  /** The event and the case context before and after it: what a notice shows, frozen when issued. */
  event: CaseEvent;
  before: CaseContext;
  after: CaseContext;
  /** The 教示 periods in force, kept with each notice issued. */
  noticeAppeal: AppealPeriods;
}

/** A notice the event issued, as its audit entry records it. */
export interface IssuedNotice {
  kind: string;
  noticeNumber: string;
  /** `noticeContentDigest` of what the notice row holds. */
  contentSha256: string;
}

type DeadlineSelector = { kind: string; subject: string } | null;

/**
 * Turns the machine's effects into rows of the same transaction: deadlines (the truth the
 * reminder worker schedules from) and numbered notices, and answers the outbox messages the
 * worker must hear of them, for the caller to write with the event's own in one INSERT. The
 * event path's cost is its round trips, so a deadline is cleared and set in one statement, and
 * the case's list of open deadlines is kept up to date here rather than read again.
 */
export class CaseEffectsWriter {
  private readonly outbox: OutboxMessage[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly cases: CaseRepository,
  ) {}

  /** Writes every effect; answers the notices issued and the outbox messages about the deadlines. */
  async apply(effects: readonly CaseEffect[], context: EffectsContext): Promise<{ issued: IssuedNotice[]; outbox: OutboxMessage[] }> {
    const issued: IssuedNotice[] = [];
    for (const effect of effects) {
      const notice = await this.applyOne(effect, context, effects);
      if (notice) issued.push(notice);
    }
    return { issued, outbox: this.outbox.splice(0) };
  }

  private async applyOne(effect: CaseEffect, context: EffectsContext, siblings: readonly CaseEffect[]): Promise<IssuedNotice | undefined> {
    const { record, calendar } = context;
    switch (effect.type) {
      case 'setDeadline':
        await this.setDeadline(record, { kind: effect.kind, subject: effect.subject ?? '' }, computeDeadline(effect.rule, effect.from, await calendar()), effect);
        return;
      case 'clearDeadline':
        await this.clearPending(record, { kind: effect.kind, subject: effect.subject ?? '' });
        return;
      case 'clearAllDeadlines':
        await this.clearPending(record, null);
        return;
      case 'issueNotice':
        return this.issueNotice(effect, context, siblings);
    }
  }

  /** Replaces the pending deadline of this kind and subject, if any, with one due on `dueOn`. */
  private async setDeadline(
    record: LockedCaseRecord,
    { kind, subject }: { kind: string; subject: string },
    dueOn: IsoDate,
    effect: Extract<CaseEffect, { type: 'setDeadline' }>,
  ): Promise<void> {
    const { row, program } = record;
    const [result]: Array<{ scheduled_id: string; cleared_ids: string[] }> = await this.manager.query(
      `WITH cleared AS (
         UPDATE deadline SET status = 'cleared', cleared_at = now()
          WHERE case_id = $2 AND status = 'pending' AND kind = $3 AND subject = $4
          RETURNING id
       ), scheduled AS (
         INSERT INTO deadline (tenant_id, case_id, kind, subject, due_on, due_at, remind_roles, escalate_to,
                               reminder_days_before, escalate_after_days, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending')
         RETURNING id
       )
       SELECT (SELECT id FROM scheduled) AS scheduled_id, ARRAY(SELECT id FROM cleared) AS cleared_ids`,
      [
        row.tenantId,
        row.id,
        kind,
        subject,
        dueOn,
        tokyoEndOfDay(dueOn),
        effect.remind,
        effect.escalateTo,
        program.reminders.daysBefore,
        program.reminders.escalateAfterDays,
      ],
    );
    for (const deadlineId of result?.cleared_ids ?? []) this.outbox.push({ topic: 'deadline.cleared', payload: { deadlineId } });
    if (result) this.outbox.push({ topic: 'deadline.scheduled', payload: { deadlineId: result.scheduled_id } });
    record.pendingDeadlines = sortedDeadlines([...withoutDeadlines(record.pendingDeadlines, { kind, subject }), { kind, subject, dueOn }]);
  }

  /** Clears the pending deadline of one kind and subject, or all of the case's; the worker is told which. */
  private async clearPending(record: LockedCaseRecord, which: DeadlineSelector): Promise<void> {
    if (!record.pendingDeadlines.some((deadline) => matches(deadline, which))) return;
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [cleared]: [Array<{ id: string }>, number] = await this.manager.query(
      `UPDATE deadline SET status = 'cleared', cleared_at = now()
        WHERE case_id = $1 AND status = 'pending' ${which ? 'AND kind = $2 AND subject = $3' : ''}
        RETURNING id`,
      which ? [record.row.id, which.kind, which.subject] : [record.row.id],
    );
    for (const { id } of cleared) this.outbox.push({ topic: 'deadline.cleared', payload: { deadlineId: id } });
    record.pendingDeadlines = withoutDeadlines(record.pendingDeadlines, which);
  }

  private async issueNotice(
    effect: Extract<CaseEffect, { type: 'issueNotice' }>,
    context: EffectsContext,
    siblings: readonly CaseEffect[],
  ): Promise<IssuedNotice> {
    const { record, on, calendar } = context;
    const { row } = record;
    const noticeNumber =
      effect.noticeNumber ??
      formatNoticeNumber(effect.kind, row.fiscalYear, await this.cases.nextNumber(row.tenantId, noticeNumberScope(effect.kind, row.fiscalYear)));
    const content = noticeContentOf({
      kind: effect.kind,
      noticeNumber,
      issuedOn: on,
      municipalityName: record.municipalityName,
      organizationName: record.organization.name,
      caseNumber: row.caseNumber,
      fiscalYear: row.fiscalYear,
      event: context.event,
      before: context.before,
      after: context.after,
      dueDates: await dueDatesSetBy(siblings, calendar),
      appeal: context.noticeAppeal,
    });
    await this.manager
      .query(`INSERT INTO notice (tenant_id, case_id, kind, notice_number, issued_on, content) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [
        row.tenantId,
        row.id,
        effect.kind,
        noticeNumber,
        on,
        JSON.stringify(content),
      ])
      .catch((error: unknown) => {
        if (isUniqueViolation(error, NOTICE_NUMBER_KEY)) throw noticeNumberTaken(effect.kind, noticeNumber);
        throw error;
      });
    return { kind: effect.kind, noticeNumber, contentSha256: noticeContentDigest(content) };
  }
}

const matches = (deadline: PendingDeadline, which: DeadlineSelector) =>
  which === null || (deadline.kind === which.kind && deadline.subject === which.subject);

const withoutDeadlines = (deadlines: readonly PendingDeadline[], which: DeadlineSelector) =>
  deadlines.filter((deadline) => !matches(deadline, which));

/** The order `CaseRepository.pendingDeadlines` reads them in: due date, then kind, then subject (byte order). */
function sortedDeadlines(deadlines: PendingDeadline[]): PendingDeadline[] {
  const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return deadlines.sort((a, b) => byteOrder(a.dueOn, b.dueOn) || byteOrder(a.kind, b.kind) || byteOrder(a.subject, b.subject));
}

/** Due dates of the deadlines the same event sets, as the setDeadline branch computes them, for the notice to state. */
async function dueDatesSetBy(effects: readonly CaseEffect[], calendar: () => Promise<MunicipalCalendar>): Promise<Partial<Record<DeadlineKind, IsoDate>>> {
  const dueDates: Partial<Record<DeadlineKind, IsoDate>> = {};
  for (const effect of effects) {
    if (effect.type === 'setDeadline') dueDates[effect.kind] = computeDeadline(effect.rule, effect.from, await calendar());
  }
  return dueDates;
}
