import type { EntityManager } from 'typeorm';
import { problem } from '#libs/errors';
import { computeDeadline, type IsoDate, MunicipalCalendar } from '#libs/calendar';
import { appendAuditEntryAfter } from '#libs/audit';
import { writeOutboxMessages } from '#libs/outbox';
import {
  type CaseEvent,
  type CaseSnapshot,
  type CaseEventBody,
  decideEvent,
  restoreSnapshot,
  stateCode,
  storeSnapshot,
  type StoredCaseSnapshot,
} from '#libs/lifecycle';
import type { AppealPeriods } from '#libs/notices';
import { remainingMultiYearCap } from '#libs/programs';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { CaseEffectsWriter } from './case-effects.writer.js';
import { CaseLedgerWriter } from './case-ledger.writer.js';
import { formatCaseNumber } from './case-number.js';
import type { CaseRecord, CaseRepository, LockedCaseRecord } from './case.repository.js';
import type { CaseUser } from './case-user.js';

/** What the deployment decides rather than the case: the 教示 periods a notice issued now states. */
export interface CaseEventSettings {
  noticeAppeal: AppealPeriods;
}

/** The case after the event, and its snapshot as the machine left it (no need to restore it again). */
export interface AppliedEvent {
  record: LockedCaseRecord;
  snapshot: CaseSnapshot;
}

/**
 * One event on a case already loaded (and locked) in the caller's transaction: complete it
 * with what only the server knows, decide it with the machine, then write the case, its
 * audit entry and its effects. A refusal throws before anything is written.
 */
export class CaseEventApplier {
  constructor(
    private readonly manager: EntityManager,
    private readonly cases: CaseRepository,
    private readonly settings: CaseEventSettings,
  ) {}

  async apply(record: LockedCaseRecord, user: CaseUser, body: CaseEventBody, now: Date, on: IsoDate): Promise<AppliedEvent> {
    const { row, program } = record;
    const before = restoreSnapshot(row.snapshot as StoredCaseSnapshot, program);
    const event = await this.complete(record, user, body, on);

    const decision = decideEvent(before, event);
    switch (decision.outcome) {
      case 'forbidden':
        throw new CaseException(CaseErrorCode.Forbidden, decision.message, { allowedRoles: decision.allowedRoles });
      case 'notAcceptedInState':
        throw new CaseException(CaseErrorCode.EventNotAccepted, decision.message, {
          state: decision.state,
          acceptableEvents: decision.acceptableEvents,
        });
      case 'refused':
        throw new CaseException(CaseErrorCode.EventRefused, decision.message, {}, decision.problems);
    }

    const after = decision.snapshot;
    const { context } = after;
    row.state = stateCode(after.value);
    row.snapshot = storeSnapshot(after);
    row.version += 1;
    row.requestedAmount = context.requestedAmount;
    row.decidedAmount = context.decidedAmount;
    row.confirmedAmount = context.confirmedAmount;
    row.updatedAt = now;
    if (event.type === 'ACCEPT' && row.caseNumber === null) {
      const sequence = await this.cases.nextNumber(row.tenantId, `case:${row.fiscalYear}:${program.code}`);
      row.caseNumber = formatCaseNumber(row.fiscalYear, program.code, sequence);
    }
    if (record.isNew) await this.cases.insert(row);
    else await this.cases.update(row);
    record.isNew = false;

    const { issued: issuedNotices, outbox } = await new CaseEffectsWriter(this.manager, this.cases).apply(decision.effects, {
      record,
      on,
      calendar: () => this.calendarOf(row.tenantId),
      event,
      before: before.context,
      after: context,
      noticeAppeal: this.settings.noticeAppeal,
    });
    const auditEntry = await appendAuditEntryAfter(this.manager, record.auditHead, {
      tenantId: row.tenantId,
      caseId: row.id,
      actorUserId: user.userId,
      actorRole: user.role,
      eventType: event.type,
      // What the server read for the event (the documents held) and the notices' numbers and content
      // hashes: a notice row changed later no longer matches the chain.
      payload: {
        ...body,
        ...('documents' in event && { documents: event.documents }),
        ...(issuedNotices.length > 0 && { issuedNotices }),
      } as unknown as Record<string, unknown>,
      stateBefore: stateCode(before.value),
      stateAfter: row.state,
      occurredAt: now,
    });
    record.auditHead = { sequence: auditEntry.sequence, hash: auditEntry.hash };
    await writeOutboxMessages(this.manager, { tenantId: row.tenantId, caseId: row.id }, [
      ...outbox,
      { topic: 'case.event.accepted', payload: { caseId: row.id, sequence: auditEntry.sequence } },
    ]);
    await new CaseLedgerWriter(this.manager).write(event, row, context, auditEntry);
    return { record, snapshot: after };
  }

  /** Weekends, holidays, 年末年始 and the municipality's own closed days; read only when a date is computed. */
  private calendar?: Promise<MunicipalCalendar>;
  private calendarOf(tenantId: string): Promise<MunicipalCalendar> {
    this.calendar ??= this.cases.closedDays(tenantId).then((extraClosedDays) => new MunicipalCalendar({ extraClosedDays }));
    return this.calendar;
  }

  /** Adds what the client does not send: the actor, the date, the documents held, and figures the server derives. */
  private async complete(record: CaseRecord, user: CaseUser, body: CaseEventBody, on: IsoDate): Promise<CaseEvent> {
    const { row, program } = record;
    const by = { actor: { userId: user.userId, role: user.role, organizationIds: user.organizationIds }, on };
    switch (body.type) {
      case 'SUBMIT':
      case 'RESUBMIT': {
        // Without a total cap there is nothing to count the organization's earlier grants against.
        const grants = program.caps.total ? await this.cases.grantsByFiscalYear(row.tenantId, row.organizationId, program.code, row.id) : new Map();
        const cap = remainingMultiYearCap(program, grants, row.fiscalYear);
        if (!cap.allowed) throw new CaseException(CaseErrorCode.EventRefused, cap.reason, {}, [{ field: null, text: cap.reason }]);
        return { ...body, ...by, documents: await this.cases.documentKindsHeld(row.tenantId, row.id), remainingTotalCap: cap.remaining };
      }
      case 'REQUEST_CHANGE':
      case 'NOTIFY_MINOR_CHANGE':
      case 'SUBMIT_REPORT':
        return { ...body, ...by, documents: await this.cases.documentKindsHeld(row.tenantId, row.id) };
      case 'ASSIGN_REVIEWER': {
        const reviewer = await this.cases.userWithOrganizations(row.tenantId, body.reviewerId);
        if (reviewer?.role !== 'reviewer') {
          const notReviewer = problem('reviewerId', 'その利用者はこの自治体の審査員ではありません。', `reviewerId ${body.reviewerId} is not a reviewer of this municipality`);
          throw new CaseException(CaseErrorCode.EventRefused, notReviewer.text, {}, [notReviewer]);
        }
        return { ...body, ...by, reviewerOrganizationIds: reviewer.organizationIds };
      }
      case 'REVOKE':
      case 'CONFIRM_AMOUNT':
        return { ...body, ...by, refundDueOn: computeDeadline(program.refundDeadline, on, await this.calendarOf(row.tenantId)) };
      default:
        return { ...body, ...by };
    }
  }
}
