import { AppUserEntity } from './app-user.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { DeadlineEntity } from './deadline.entity.js';
import { GrantCaseEntity } from './grant-case.entity.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { NoticeEntity } from './notice.entity.js';
import { OrganizationMemberEntity } from './organization-member.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { ProgramVersionEntity } from './program-version.entity.js';
import { TenantClosedDayEntity } from './tenant-closed-day.entity.js';
import { TenantEntity } from './tenant.entity.js';

export const ENTITIES = [
  TenantEntity,
  OrganizationEntity,
  AppUserEntity,
  OrganizationMemberEntity,
  ProgramVersionEntity,
  GrantCaseEntity,
  AuditEntryEntity,
  DeadlineEntity,
  NoticeEntity,
  OutboxMessageEntity,
  IdempotencyKeyEntity,
  TenantClosedDayEntity,
];
export {
  AppUserEntity,
  AuditEntryEntity,
  DeadlineEntity,
  GrantCaseEntity,
  IdempotencyKeyEntity,
  NoticeEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  OutboxMessageEntity,
  ProgramVersionEntity,
  TenantClosedDayEntity,
  TenantEntity,
};
