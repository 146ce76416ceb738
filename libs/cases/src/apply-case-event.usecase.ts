import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { tokyoDateOf } from '#libs/calendar';
import type { CaseEventBody } from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import { CaseEventApplier } from './case-event-applier.js';
import { CaseRepository } from './case.repository.js';
import { readCaseFacts } from './case-facts.repository.js';
import type { CaseUser } from './case-user.js';
import { type CaseAnswer, type CaseView, toCaseView } from './case-view.js';
import { Clock } from '#libs/clock';
import { IdempotencyRepository, type IdempotentRequest } from './idempotency.repository.js';
import { assertCaseVersion } from './stale-version.js';
import { visibleCase } from './visible-case.js';

export interface ApplyCaseEventCommand {
  user: CaseUser;
  caseId: string;
  body: CaseEventBody;
  /** The version the client saw (If-Match); null when it sent none. */
  expectedVersion: number | null;
  idempotency: IdempotentRequest | null;
}


/**
 * One event, one transaction: lock the case, check the version the client saw, let the
 * machine decide, write the case, the audit entry, the deadlines, notices and outbox
 * rows, and commit. Concurrent events on one case queue on the row lock; the first wins
 * and the others find the version moved (409).
 */
@Injectable()
export class ApplyCaseEvent {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  execute({ user, caseId, body, expectedVersion, idempotency }: ApplyCaseEventCommand): Promise<CaseAnswer> {
    return this.unitOfWork.run(async (manager) => {
      const cases = new CaseRepository(manager);
      const idempotencyKeys = new IdempotencyRepository(manager);
      const record = visibleCase(await cases.lock(user.tenantId, caseId), user, caseId);
      // After the lock: an event that waited for the one before it happens after it, in the trail and on the calendar.
      const now = this.clock.now();
      // After the lock, so a retry racing its first attempt sees the first attempt's answer.
      const previous = idempotency && (await idempotencyKeys.previousAnswer(user.tenantId, user.userId, idempotency));
      if (previous) return { status: previous.status, body: previous.body as CaseView, replayed: true };
      assertCaseVersion(record, expectedVersion, caseId);
      const applied = await new CaseEventApplier(manager, cases, { noticeAppeal: this.config.noticeAppeal }).apply(record, user, body, now, tokyoDateOf(now));
      const facts = await readCaseFacts(manager, user.tenantId, caseId);
      const answer = { status: 200, body: toCaseView(applied.record, user, facts, now, applied.snapshot) };
      if (idempotency) await idempotencyKeys.remember(user.tenantId, user.userId, idempotency, answer);
      return { ...answer, replayed: false };
    });
  }
}
