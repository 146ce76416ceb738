import { problem, text } from '#libs/errors';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { fiscalYearOf, tokyoDateOf } from '#libs/calendar';
import { newCaseSnapshot, stateCode, storeSnapshot } from '#libs/lifecycle';
import { GrantCaseEntity, type OrganizationEntity, UnitOfWork } from '#libs/persistence';
import { canSeeCase } from './case-access.policy.js';
import { CaseEventApplier } from './case-event-applier.js';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { CaseRepository } from './case.repository.js';
import type { CaseUser } from './case-user.js';
import { type CaseAnswer, type CaseView, toCaseView } from './case-view.js';
import { Clock } from '#libs/clock';
import { IdempotencyRepository, type IdempotentRequest } from './idempotency.repository.js';

export interface OpenCaseCommand {
  user: CaseUser;
  programCode: string;
  organizationId: string;
  /** 相談 first, or straight to a draft application. */
  start: 'consultation' | 'application';
  idempotency: IdempotentRequest | null;
}


/** A new case under the program's latest version, opened by its first event (OPEN_CONSULTATION or START_APPLICATION). */
@Injectable()
export class OpenCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  execute({ user, programCode, organizationId, start, idempotency }: OpenCaseCommand): Promise<CaseAnswer> {
    const now = this.clock.now();
    const on = tokyoDateOf(now);
    return this.unitOfWork.run(async (manager) => {
      const cases = new CaseRepository(manager);
      const idempotencyKeys = new IdempotencyRepository(manager);
      const previous = idempotency && (await idempotencyKeys.previousAnswer(user.tenantId, user.userId, idempotency));
      if (previous) return { status: previous.status, body: previous.body as CaseView, replayed: true };
      const [latest, found] = await Promise.all([
        cases.latestProgram(user.tenantId, programCode),
        cases.organization(user.tenantId, organizationId),
      ]);
      if (!latest) {
        throw new CaseException(CaseErrorCode.ReferenceNotFound, text('その制度は見つかりません。', `program ${programCode} not found`), {}, [
          problem('programCode', `制度コード「${programCode}」の制度はありません。`, `program ${programCode} not found`),
        ]);
      }
      if (!found || !mayOpenFor(user, found.organization)) {
        throw new CaseException(CaseErrorCode.ReferenceNotFound, text('その団体は見つかりません。', `organization ${organizationId} not found`), {}, [
          problem('organizationId', 'その団体は見つからないか、あなたが代わりに案件を開ける団体ではありません。', `organization ${organizationId} not found`),
        ]);
      }
      const { organization, municipalityName } = found;
      const { program, versionId } = latest;
      const fiscalYear = fiscalYearOf(on) + (program.projectFiscalYear === 'nextYear' ? 1 : 0);
      const snapshot = storeSnapshot(newCaseSnapshot({ program, organizationId, population: organization.population }));
      const row = manager.create(GrantCaseEntity, {
        id: randomUUID(),
        tenantId: user.tenantId,
        programVersionId: versionId,
        organizationId,
        caseNumber: null,
        fiscalYear,
        state: stateCode(snapshot.value),
        snapshot,
        machineVersion: snapshot.machineVersion,
        version: 1,
        requestedAmount: null,
        decidedAmount: null,
        confirmedAmount: null,
        createdAt: now,
        updatedAt: now,
      });
      const body = start === 'consultation' ? ({ type: 'OPEN_CONSULTATION' } as const) : ({ type: 'START_APPLICATION' } as const);
      // Stored by its opening event, as that event leaves it; nobody sees it before the commit, so it needs no lock.
      const fresh = { row, program, organization, municipalityName, pendingDeadlines: [], auditHead: null, isNew: true };
      const opened = await new CaseEventApplier(manager, cases, { noticeAppeal: this.config.noticeAppeal }).apply(fresh, user, body, now, on);
      // A case just opened holds no papers and has no trail to read yet.
      const facts = { documentsHeld: [], lastReturn: null, lastChangeRequest: null };
      const answer = { status: 201, body: toCaseView(opened.record, user, facts, now, opened.snapshot) };
      if (idempotency) await idempotencyKeys.remember(user.tenantId, user.userId, idempotency, answer);
      return { ...answer, replayed: false };
    });
  }
}

/**
 * An applicant opens cases of their own organizations, an officer of those they would then
 * see (a liaison officer: of their areas); for the other roles the lifecycle's role table
 * answers (403). Anything else is the same 404 as an organization that does not exist.
 */
function mayOpenFor(user: CaseUser, organization: OrganizationEntity): boolean {
  if (user.role !== 'applicant' && user.role !== 'officer') return true;
  return canSeeCase(user, { tenantId: organization.tenantId, organizationId: organization.id, organizationArea: organization.area, assignedReviewerIds: [] });
}
