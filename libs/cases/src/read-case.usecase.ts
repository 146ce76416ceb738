import { Injectable } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { CASE_ROLE_LABELS, type CaseRole } from '#libs/lifecycle';
import { type ProgramTerms, programTerms } from '#libs/programs';
import { AuditEntryEntity, UnitOfWork } from '#libs/persistence';
import { reviewsReadableBy } from './case-ledger-access.policy.js';
import { CaseRepository } from './case.repository.js';
import { nameOf, peopleOf } from './case-people.repository.js';
import { readCaseFacts } from './case-facts.repository.js';
import { Clock } from '#libs/clock';
import type { CaseUser } from './case-user.js';
import { type CaseView, toCaseView } from './case-view.js';
import { readableCase } from './application-withheld.policy.js';
import { visibleCase } from './visible-case.js';

/** A reviewer's acts: their payload is a review's content, and who sent them part of it, shown only as `reviewsReadableBy` allows. */
const REVIEW_EVENTS = new Set(['AFFIRM_NO_CONFLICT', 'SUBMIT_REVIEW', 'DECLARE_CONFLICT']);

export interface CaseHistoryEntry {
  sequence: number;
  eventType: string;
  actorUserId: string;
  /** Who acted, by name, and their role as people call it (担当職員). */
  actorName: string;
  actorRole: string;
  actorRoleJa: string;
  stateBefore: string | null;
  stateAfter: string;
  occurredAt: string;
  /** null where the caller may not read it: a review's content, to those `GET /cases/{id}/reviews` refuses. */
  payload: unknown;
}

/** Reads of one case: the case itself, and its history from the audit trail. */
@Injectable()
export class ReadCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  view(user: CaseUser, caseId: string): Promise<CaseView> {
    return this.unitOfWork.read(async (manager) => {
      const record = visibleCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      return toCaseView(record, user, await readCaseFacts(manager, user.tenantId, caseId), this.clock.now());
    });
  }

  /** The terms of the program version the case runs under: a closed window or a newer version changes nothing for it. */
  programTerms(user: CaseUser, caseId: string): Promise<ProgramTerms> {
    return this.unitOfWork.read(async (manager) => {
      const record = visibleCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      return programTerms(record.program, tokyoDateOf(this.clock.now()));
    });
  }

  history(user: CaseUser, caseId: string): Promise<CaseHistoryEntry[]> {
    return this.unitOfWork.run(async (manager) => {
      readableCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      const entries = await manager.find(AuditEntryEntity, { where: { caseId }, order: { sequence: 'ASC' } });
      const reviews = reviewsReadableBy(user.role);
      const people = await peopleOf(manager, user.tenantId, entries.map((entry) => entry.actorUserId));
      return entries.map((entry) => {
        const hidden = REVIEW_EVENTS.has(entry.eventType) && !(reviews === 'all' || (reviews === 'own' && entry.actorUserId === user.userId));
        return {
          sequence: entry.sequence,
          eventType: entry.eventType,
          actorUserId: entry.actorUserId,
          // Who reviewed is part of the review: hidden with it, the reviewer is named by role only.
          actorName: hidden ? CASE_ROLE_LABELS.reviewer.ja : nameOf(people, entry.actorUserId),
          actorRole: entry.actorRole,
          actorRoleJa: CASE_ROLE_LABELS[entry.actorRole as CaseRole].ja,
          stateBefore: entry.stateBefore,
          stateAfter: entry.stateAfter,
          occurredAt: entry.occurredAt.toISOString(),
          // The history tells that a review came in, never its scores, comment or reason to those `/reviews` refuses.
          payload: hidden ? null : entry.payload,
        };
      });
    });
  }
}
