import { text } from '#libs/errors';
import { Injectable } from '@nestjs/common';
import type { IsoDate } from '#libs/calendar';
import type { NoticeKind } from '#libs/lifecycle';
import { type NoticeContent, readNoticeContent } from '#libs/notices';
import { type NoticeEntity, UnitOfWork } from '#libs/persistence';
import { CaseErrorCode, CaseException } from './case.exception.js';
import { CaseRepository } from './case.repository.js';
import type { CaseUser } from './case-user.js';
import { NoticeRepository } from './notice.repository.js';
import { readableCase } from './application-withheld.policy.js';

export interface IssuedNotice {
  id: string;
  kind: NoticeKind;
  noticeNumber: string;
  issuedOn: IsoDate;
  /** Null for a notice issued before notices kept their content: it has no document. */
  content: NoticeContent | null;
}

/** Reads of a case's notices, by whoever may read its records (`readableCase`). */
@Injectable()
export class ReadNotices {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  list(user: CaseUser, caseId: string): Promise<IssuedNotice[]> {
    return this.unitOfWork.run(async (manager) => {
      readableCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      return (await new NoticeRepository(manager).ofCase(user.tenantId, caseId)).map(issuedNotice);
    });
  }

  /** One notice with what it said when issued; 404 unless it is one of this visible case's, with content to show. */
  document(user: CaseUser, caseId: string, noticeId: string): Promise<IssuedNotice & { content: NoticeContent }> {
    return this.unitOfWork.run(async (manager) => {
      readableCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      const row = await new NoticeRepository(manager).one(user.tenantId, caseId, noticeId);
      if (!row) throw new CaseException(CaseErrorCode.NotFound, text('この案件にその通知書はありません。', `notice ${noticeId} not found on case ${caseId}`));
      const notice = issuedNotice(row);
      if (!notice.content) {
        throw new CaseException(
          CaseErrorCode.NotFound,
          text(
            `通知書${row.noticeNumber}は、通知書の内容を保存する前に発行されたため、文書を表示できません。`,
            `notice ${row.noticeNumber} was issued before notices kept their content: it has no document`,
          ),
        );
      }
      return { ...notice, content: notice.content };
    });
  }
}

function issuedNotice(row: NoticeEntity): IssuedNotice {
  return { id: row.id, kind: row.kind as NoticeKind, noticeNumber: row.noticeNumber, issuedOn: row.issuedOn, content: readNoticeContent(row.content) };
}
