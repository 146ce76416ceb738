export { AttachmentErrorCode, AttachmentException } from './attachment.exception.js';
export { AttachmentStore, type HeadInspection, type StoredFile } from './attachment.store.js';
export type { AttachmentView } from './attachment.view.js';
export { AttachmentsModule } from './attachments.module.js';
export { ListAttachments } from './list-attachments.usecase.js';
export { type AttachmentDownload, ReadAttachment } from './read-attachment.usecase.js';
export { storageKeyOf } from './storage-key.js';
export { UploadAttachment, type UploadAttachmentCommand } from './upload-attachment.usecase.js';
