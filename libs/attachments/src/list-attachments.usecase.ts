import { Injectable } from '@nestjs/common';
import { CaseRepository, type CaseUser, readableCase } from '#libs/cases';
import { UnitOfWork } from '#libs/persistence';
import { AttachmentRepository } from './attachment.repository.js';
import { type AttachmentView, toAttachmentView } from './attachment.view.js';

/** Every attachment of a case whose records the user may read (`readableCase`), superseded versions included, newest first. */
@Injectable()
export class ListAttachments {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(user: CaseUser, caseId: string): Promise<AttachmentView[]> {
    return this.unitOfWork.run(async (manager) => {
      readableCase(await new CaseRepository(manager).find(user.tenantId, caseId), user, caseId);
      const rows = await new AttachmentRepository(manager).ofCase(user.tenantId, caseId);
      // A version supersedes only one of the same case (the foreign key says so), so the list holds both ends.
      const supersededBy = new Map(rows.flatMap((row) => (row.supersedesId === null ? [] : [[row.supersedesId, row.id] as const])));
      return rows.map((row) => toAttachmentView(row, supersededBy.get(row.id) ?? null));
    });
  }
}
