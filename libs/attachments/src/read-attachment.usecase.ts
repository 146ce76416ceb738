import { text } from '#libs/errors';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { CaseRepository, type CaseUser, readableCase } from '#libs/cases';
import { UnitOfWork } from '#libs/persistence';
import { AttachmentErrorCode, AttachmentException } from './attachment.exception.js';
import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentStore } from './attachment.store.js';
import { type AttachmentView, toAttachmentView } from './attachment.view.js';

export interface AttachmentDownload {
  attachment: AttachmentView;
  content: Readable;
}

/** One attachment of a case whose records the user may read (`readableCase`), superseded or not: its metadata and its bytes. */
@Injectable()
export class ReadAttachment {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: AttachmentStore,
  ) {}

  async execute(user: CaseUser, caseId: string, attachmentId: string): Promise<AttachmentDownload> {
    const { attachment, storageKey } = await this.unitOfWork.run(async (manager) => {
      readableCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      const attachments = new AttachmentRepository(manager);
      const row = await attachments.findInCase(user.tenantId, caseId, attachmentId);
      if (row === null) {
        throw new AttachmentException(AttachmentErrorCode.NotFound, text('この案件にその書類はありません。', `attachment ${attachmentId} not found on case ${caseId}`));
      }
      return { attachment: toAttachmentView(row, await attachments.supersederOf(row.id)), storageKey: row.storageKey };
    });
    return { attachment, content: await this.store.read(storageKey) };
  }
}
