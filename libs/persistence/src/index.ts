export { dataSourceOptions } from './data-source-options.js';
export {
  AppUserEntity,
  AttachmentEntity,
  ConsultationNoteEntity,
  ExpenseLineEntity,
  MoneyMovementEntity,
  ReviewEntity,
  AuditEntryEntity,
  AdministrationEntryEntity,
  DeadlineEntity,
  DeliveryEntity,
  NotificationEntity,
  GrantCaseEntity,
  IdempotencyKeyEntity,
  NoticeEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  OutboxMessageEntity,
  ProgramVersionEntity,
  TenantClosedDayEntity,
  TenantEntity,
} from './entities/index.js';
export { isDatabaseUnavailable } from './database-unavailable.js';
export { decodeKeysetCursor, encodeKeysetCursor, keysetInstantSql, type KeysetPosition } from './keyset-cursor.js';
export { likePattern } from './like-pattern.js';
export { queryParameters } from './query-parameters.js';
export { PersistenceModule } from './persistence.module.js';
export { runMigrations } from './run-migrations.js';
export { isUniqueViolation } from './unique-violation.js';
export { UnitOfWork } from './unit-of-work.service.js';
