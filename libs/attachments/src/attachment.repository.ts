import type { EntityManager } from 'typeorm';
import { AttachmentEntity } from '#libs/persistence';

/** The SQL of attachments; the use cases never touch TypeORM directly. Rows are only ever inserted. */
export class AttachmentRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(row: AttachmentEntity): Promise<void> {
    await this.manager.insert(AttachmentEntity, row);
  }

  /** Every version of every document of the case, newest first. */
  async ofCase(tenantId: string, caseId: string): Promise<AttachmentEntity[]> {
    return this.manager.find(AttachmentEntity, { where: { tenantId, caseId }, order: { uploadedAt: 'DESC', uploadSeq: 'DESC' } });
  }

  /** The attachment if it belongs to this case of this tenant; another case's is as absent as a made-up id. */
  async findInCase(tenantId: string, caseId: string, attachmentId: string): Promise<AttachmentEntity | null> {
    return this.manager.findOne(AttachmentEntity, { where: { tenantId, caseId, id: attachmentId } });
  }

  /** The id of the newer version that replaced this attachment, if one did. */
  async supersederOf(attachmentId: string): Promise<string | null> {
    const newer = await this.manager.findOne(AttachmentEntity, { where: { supersedesId: attachmentId }, select: { id: true } });
    return newer?.id ?? null;
  }
}
