import { Module } from '@nestjs/common';
import { CasesModule } from '#libs/cases';
import { AttachmentStore } from './attachment.store.js';
import { ListAttachments } from './list-attachments.usecase.js';
import { ReadAttachment } from './read-attachment.usecase.js';
import { UploadAttachment } from './upload-attachment.usecase.js';

/**
 * Attachments of cases: files under ATTACHMENTS_DIR, rows in PostgreSQL. Needs
 * PersistenceModule (UnitOfWork) and ConfigModule from the importing app; CasesModule for the clock.
 */
@Module({
  imports: [CasesModule],
  providers: [AttachmentStore, UploadAttachment, ListAttachments, ReadAttachment],
  exports: [AttachmentStore, UploadAttachment, ListAttachments, ReadAttachment],
})
export class AttachmentsModule {}
