import { AppUserEntity } from './app-user.entity.js';
import { AttachmentEntity } from './attachment.entity.js';
import { AdministrationEntryEntity } from './administration-entry.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { DeadlineEntity } from './deadline.entity.js';
import { DeliveryEntity } from './delivery.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { GrantCaseEntity } from './grant-case.entity.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { NoticeEntity } from './notice.entity.js';
import { OrganizationMemberEntity } from './organization-member.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { ProgramVersionEntity } from './program-version.entity.js';
import { TenantClosedDayEntity } from './tenant-closed-day.entity.js';
import { TenantEntity } from './tenant.entity.js';
import { ConsultationNoteEntity } from './consultation-note.entity.js';
import { ExpenseLineEntity } from './expense-line.entity.js';
import { MoneyMovementEntity } from './money-movement.entity.js';
import { ReviewEntity } from './review.entity.js';

export const ENTITIES = [
  AttachmentEntity,
  ExpenseLineEntity,
  MoneyMovementEntity,
  ConsultationNoteEntity,
  ReviewEntity,
  TenantEntity,
  OrganizationEntity,
  AppUserEntity,
  OrganizationMemberEntity,
  ProgramVersionEntity,
  GrantCaseEntity,
  AuditEntryEntity,
  AdministrationEntryEntity,
  DeadlineEntity,
  NoticeEntity,
  OutboxMessageEntity,
  IdempotencyKeyEntity,
  TenantClosedDayEntity,
  NotificationEntity,
  DeliveryEntity,
];
export {
  AttachmentEntity,
  ConsultationNoteEntity,
  ExpenseLineEntity,
  MoneyMovementEntity,
  ReviewEntity,
  AppUserEntity,
  AuditEntryEntity,
  AdministrationEntryEntity,
  DeadlineEntity,
  DeliveryEntity,
  GrantCaseEntity,
  IdempotencyKeyEntity,
  NoticeEntity,
  NotificationEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  OutboxMessageEntity,
  ProgramVersionEntity,
  TenantClosedDayEntity,
  TenantEntity,
};
