import type { EntityManager } from 'typeorm';
import { NoticeEntity } from '#libs/persistence';

/** The SQL of issued notices: a case's, or one of them, never another tenant's. */
export class NoticeRepository {
  constructor(private readonly manager: EntityManager) {}

  /** In the order they were issued; two notices of one event (取消 and 返還命令) by number. */
  ofCase(tenantId: string, caseId: string): Promise<NoticeEntity[]> {
    return this.manager.find(NoticeEntity, { where: { tenantId, caseId }, order: { issuedOn: 'ASC', createdAt: 'ASC', noticeNumber: 'ASC' } });
  }

  one(tenantId: string, caseId: string, noticeId: string): Promise<NoticeEntity | null> {
    return this.manager.findOne(NoticeEntity, { where: { tenantId, caseId, id: noticeId } });
  }
}
