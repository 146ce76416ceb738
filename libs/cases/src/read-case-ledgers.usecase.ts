import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rolesText } from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { type CaseExpensesView, toCaseExpensesView } from './case-ledger-expenses.view.js';
import { REVIEW_READERS, reviewsReadableBy } from './case-ledger-access.policy.js';
import { type ConsultationNoteView, toConsultationNoteView } from './case-ledger-notes.view.js';
import { type CasePaymentsView, toCasePaymentsView } from './case-ledger-payments.view.js';
import { CaseLedgerRepository } from './case-ledger.repository.js';
import { peopleOf } from './case-people.repository.js';
import { type ReviewView, toReviewView } from './case-ledger-reviews.view.js';
import { type CaseRecord, CaseRepository } from './case.repository.js';
import type { CaseUser } from './case-user.js';
import { readableCase } from './application-withheld.policy.js';

export type { CaseExpensesView, CasePaymentsView, ConsultationNoteView, ReviewView };

/**
 * Reads of a case's ledgers: expense revisions, payments and refunds, consultation notes,
 * reviews. Whoever may read the case's records (`readableCase`: 404 for a case they do not see,
 * 403 for a reviewer who owes the declaration of conflicts) reads the first three; reviews are
 * further limited by role (`reviewsReadableBy`).
 */
@Injectable()
export class ReadCaseLedgers {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  expenses(user: CaseUser, caseId: string): Promise<CaseExpensesView> {
    return this.read(user, caseId, async (record, ledgers) => {
      const { entries, lines } = await ledgers.expenses(caseId);
      return toCaseExpensesView(caseId, record.program, entries, lines);
    });
  }

  payments(user: CaseUser, caseId: string): Promise<CasePaymentsView> {
    return this.read(user, caseId, async (record, ledgers) => toCasePaymentsView(record.row, await ledgers.moneyMovements(caseId)));
  }

  notes(user: CaseUser, caseId: string): Promise<ConsultationNoteView[]> {
    return this.read(user, caseId, async (_, ledgers, manager) => {
      const notes = await ledgers.consultationNotes(caseId);
      const people = await peopleOf(manager, user.tenantId, notes.map((note) => note.authorId));
      return notes.map((note) => toConsultationNoteView(note, people));
    });
  }

  reviews(user: CaseUser, caseId: string): Promise<ReviewView[]> {
    return this.read(user, caseId, async (_, ledgers, manager) => {
      const readable = reviewsReadableBy(user.role);
      if (readable === 'none') {
        throw new CaseException(
          CaseErrorCode.Forbidden,
          text(
            `審査結果（評点・講評・利益相反の申告）を見られるのは${rolesText(REVIEW_READERS).ja}です。`,
            `reviews (scores, comments, conflict declarations) are read by ${REVIEW_READERS.join(', ')}, not ${user.role}`,
          ),
          { allowedRoles: REVIEW_READERS },
        );
      }
      const reviews = await ledgers.reviews(caseId, readable === 'own' ? user.userId : null);
      const people = await peopleOf(manager, user.tenantId, reviews.map((review) => review.reviewerId));
      return reviews.map((review) => toReviewView(review, people));
    });
  }

  private read<T>(
    user: CaseUser,
    caseId: string,
    work: (record: CaseRecord, ledgers: CaseLedgerRepository, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.unitOfWork.run(async (manager) => {
      const record = readableCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      return work(record, new CaseLedgerRepository(manager), manager);
    });
  }
}
