import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One accepted event, chained to the case's previous entry by hash. Rows are never updated or deleted. */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** 1, 2, 3 … per case. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'state_before', type: 'text', nullable: true })
  stateBefore!: string | null;

  @Column({ name: 'state_after', type: 'text' })
  stateAfter!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash!: string | null;

  @Column({ type: 'text' })
  hash!: string;
}
