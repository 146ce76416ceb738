import { problem, text } from '#libs/errors';
import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appendAuditEntry } from '#libs/audit';
import { type CaseRecord, CaseRepository, type CaseUser, visibleCase } from '#libs/cases';
import { Clock } from '#libs/clock';
import { AppConfig } from '#libs/config';
import { AttachmentEntity, UnitOfWork } from '#libs/persistence';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '#libs/programs';
import { assertMayUpload } from './attachment-upload.policy.js';
import { AttachmentErrorCode, AttachmentException } from './attachment.exception.js';
import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentStore } from './attachment.store.js';
import { type AttachmentView, toAttachmentView } from './attachment.view.js';
import { signatureMismatch } from './content-signature.js';
import { mediaTypeEssence } from './media-type.js';
import { sanitizeOriginalName } from './original-name.js';
import { storageKeyOf } from './storage-key.js';

export interface UploadAttachmentCommand {
  user: CaseUser;
  caseId: string;
  documentKind: DocumentKind;
  /** The attachment this upload is a newer version of; null for a new document. */
  supersedes: string | null;
  /** As the client sent it; cleaned here for display and never used as a path. */
  originalName: string;
  /** As the client declared it (the part's Content-Type). */
  mediaType: string;
  content: AsyncIterable<Uint8Array>;
}

/** The audit trail's name for an upload; the case's state does not change. */
const ATTACH_DOCUMENT = 'ATTACH_DOCUMENT';

/**
 * One upload: the declared type is checked, the case admitted (visible, an uploader's role,
 * not ended, a kind its program asks for), then the file is streamed to the store (size limit,
 * magic bytes, SHA-256) and the row and its audit entry are written under the case's row lock,
 * where the admission is checked again. A file whose row does not commit is removed.
 */
@Injectable()
export class UploadAttachment {
  private readonly logger = new Logger(UploadAttachment.name);
  private readonly allowedMediaTypes: readonly string[];

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: AttachmentStore,
    config: AppConfig,
  ) {
    this.allowedMediaTypes = config.attachmentMediaTypes;
  }

  async execute(command: UploadAttachmentCommand): Promise<AttachmentView> {
    const { user, caseId, documentKind, supersedes } = command;
    const mediaType = this.admittedMediaType(command.mediaType);
    const originalName = sanitizeOriginalName(command.originalName);
    // Refused before a byte reaches the disk; what counts is the check under the lock below.
    await this.unitOfWork.run((manager) => this.admit(manager, command, (cases) => cases.find(user.tenantId, caseId)));

    const id = randomUUID();
    const stored = await this.store.write(storageKeyOf(user.tenantId, caseId, id), command.content, (head) =>
      assertContentFits(mediaType, head),
    );
    try {
      return await this.unitOfWork.run(async (manager) => {
        const record = await this.admit(manager, command, (cases) => cases.lock(user.tenantId, caseId));
        const now = this.clock.now();
        const row = Object.assign(new AttachmentEntity(), {
          id,
          tenantId: user.tenantId,
          caseId,
          documentKind,
          originalName,
          mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.storageKey,
          uploadedBy: user.userId,
          uploadedAt: now,
          supersedesId: supersedes,
        });
        await new AttachmentRepository(manager).insert(row);
        await appendAuditEntry(manager, {
          tenantId: user.tenantId,
          caseId,
          actorUserId: user.userId,
          actorRole: user.role,
          eventType: ATTACH_DOCUMENT,
          payload: { attachmentId: id, documentKind, originalName, mediaType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, supersedes },
          stateBefore: record.row.state,
          stateAfter: record.row.state,
          occurredAt: now,
        });
        return toAttachmentView(row, null);
      });
    } catch (error) {
      await this.store.remove(stored.storageKey).catch((removal: unknown) => {
        this.logger.error(`could not remove the orphan file ${stored.storageKey}: ${String(removal)}`);
      });
      throw error;
    }
  }

  private admittedMediaType(declared: string): string {
    const mediaType = mediaTypeEssence(declared);
    if (!this.allowedMediaTypes.includes(mediaType)) {
      const unsupported = problem(
        'file',
        `この種類のファイル（${mediaType || '種類不明'}）は添付できません。PDF、JPEG、PNG などの形式にしてください。`,
        `file type ${mediaType || '(none)'} is not accepted; accepted types: ${this.allowedMediaTypes.join(', ')} (ATTACHMENT_MEDIA_TYPES)`,
      );
      throw new AttachmentException(AttachmentErrorCode.UnsupportedMediaType, unsupported.text, { mediaType, allowedMediaTypes: this.allowedMediaTypes }, [
        unsupported,
      ]);
    }
    return mediaType;
  }

  private async admit(
    manager: EntityManager,
    { user, caseId, documentKind, supersedes }: UploadAttachmentCommand,
    read: (cases: CaseRepository) => Promise<CaseRecord | null>,
  ): Promise<CaseRecord> {
    const record = visibleCase(await read(new CaseRepository(manager)), user, caseId);
    assertMayUpload(record, user, documentKind);
    if (supersedes !== null) await assertSupersedable(new AttachmentRepository(manager), record, documentKind, supersedes);
    return record;
  }
}

/** A newer version replaces the latest version of a document of the same kind, on the same case. */
async function assertSupersedable(
  attachments: AttachmentRepository,
  { row }: CaseRecord,
  documentKind: DocumentKind,
  supersedes: string,
): Promise<void> {
  const older = await attachments.findInCase(row.tenantId, row.id, supersedes);
  if (older === null) {
    const unknown = problem('supersedes', '差し替える書類が、この案件に見つかりません。', `supersedes must name an attachment of case ${row.id} (got ${supersedes})`);
    throw new AttachmentException(AttachmentErrorCode.InvalidSupersedes, unknown.text, {}, [unknown]);
  }
  if (older.documentKind !== documentKind) {
    const label = DOCUMENT_KIND_LABELS[older.documentKind as DocumentKind] ?? older.documentKind;
    const otherKind = problem(
      'supersedes',
      `差し替える書類は「${label}」です。新しい版も同じ種類の書類にしてください。`,
      `supersedes names a ${older.documentKind} (${label}): a newer version must have the same documentKind (got ${documentKind})`,
    );
    throw new AttachmentException(AttachmentErrorCode.InvalidSupersedes, otherKind.text, {}, [otherKind]);
  }
  const newer = await attachments.supersederOf(older.id);
  if (newer !== null) {
    throw new AttachmentException(
      AttachmentErrorCode.AlreadySuperseded,
      text(
        'この書類はすでに新しい版に差し替えられています。最新の版を差し替えてください。',
        `attachment ${older.id} was already superseded by ${newer}: supersede the latest version`,
      ),
      { supersededBy: newer },
    );
  }
}

/** Refuses an empty file (400) and content that is not what its type says (415). */
function assertContentFits(mediaType: string, head: Buffer): void {
  if (head.length === 0) {
    const empty = problem('file', 'ファイルが空です。内容のあるファイルを選んでください。', 'file is empty');
    throw new AttachmentException(AttachmentErrorCode.EmptyFile, empty.text, {}, [empty]);
  }
  const mismatch = signatureMismatch(mediaType, head);
  if (mismatch !== null) {
    const mismatched = problem(
      'file',
      `ファイルの中身が、その種類（${mediaType}）のファイルではありません。ファイルを確かめてから、もう一度選んでください。`,
      `file is declared ${mediaType}, but ${mismatch}`,
    );
    throw new AttachmentException(AttachmentErrorCode.ContentMismatch, mismatched.text, { mediaType }, [mismatched]);
  }
}
