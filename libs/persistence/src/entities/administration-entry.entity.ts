import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One administrator's change, chained to the tenant's previous entry by hash. Rows are never updated or deleted. */
@Entity({ name: 'administration_entry' })
export class AdministrationEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** 1, 2, 3 … per tenant, without gaps. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  /** e.g. `user.updated`, `closedDay.added`. */
  @Column({ type: 'text' })
  action!: string;

  /** `program`, `organization`, `user` or `closedDay`. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  /** A uuid, a program code or a date, as the subject type names it. */
  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  /** What changed: before and after of the changed fields. Never a password or its hash. */
  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash!: string | null;

  @Column({ type: 'text' })
  hash!: string;
}
