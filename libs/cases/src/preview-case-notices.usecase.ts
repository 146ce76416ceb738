import { Injectable } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { AppConfig } from '#libs/config';
import type { CaseEventBody } from '#libs/lifecycle';
import { type NoticeContent, type NoticeDocument, noticeDocument } from '#libs/notices';
import { UnitOfWork } from '#libs/persistence';
import { CaseEventApplier } from './case-event-applier.js';
import { CaseRepository } from './case.repository.js';
import type { CaseUser } from './case-user.js';
import { Clock } from '#libs/clock';
import { assertCaseVersion } from './stale-version.js';
import { visibleCase } from './visible-case.js';

export interface PreviewCaseNoticesCommand {
  user: CaseUser;
  caseId: string;
  body: CaseEventBody;
  expectedVersion: number | null;
}

/**
 * The notices an event would issue, as they would read, without issuing them: the event is
 * applied exactly as `ApplyCaseEvent` applies it (the same checks, refusals, numbers and
 * content) in a transaction that is then rolled back, so nothing of it stays (no audit entry,
 * no number taken, no outbox message). An event the case would refuse is refused here too.
 */
@Injectable()
export class PreviewCaseNotices {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  execute({ user, caseId, body, expectedVersion }: PreviewCaseNoticesCommand): Promise<NoticeDocument[]> {
    return this.unitOfWork.dryRun(async (manager) => {
      const cases = new CaseRepository(manager);
      const record = visibleCase(await cases.lock(user.tenantId, caseId), user, caseId);
      assertCaseVersion(record, expectedVersion, caseId);
      const now = this.clock.now();
      await new CaseEventApplier(manager, cases, { noticeAppeal: this.config.noticeAppeal }).apply(record, user, body, now, tokyoDateOf(now));
      // now() is the transaction's start: the notices this transaction wrote, and no earlier one.
      const issued: Array<{ content: NoticeContent }> = await manager.query(
        `SELECT content FROM notice WHERE tenant_id = $1 AND case_id = $2 AND created_at = now() ORDER BY id`,
        [user.tenantId, caseId],
      );
      return issued.map(({ content }) => noticeDocument(content, { appeal: this.config.noticeAppeal }));
    });
  }
}
