import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A deadline of a case: the truth the reminder worker schedules from. */
@Entity({ name: 'deadline' })
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** A DeadlineKind of the lifecycle lib. */
  @Column({ type: 'text' })
  kind!: string;

  /** Tells deadlines of one kind apart (e.g. the reviewer); '' when there is one. */
  @Column({ type: 'text' })
  subject!: string;

  /** The business date, already moved off closed days. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** End of that day in Asia/Tokyo. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'remind_roles', type: 'text', array: true })
  remindRoles!: string[];

  @Column({ name: 'escalate_to', type: 'text', nullable: true })
  escalateTo!: string | null;

  @Column({ name: 'reminder_days_before', type: 'integer', array: true })
  reminderDaysBefore!: number[];

  @Column({ name: 'escalate_after_days', type: 'integer' })
  escalateAfterDays!: number;

  @Column({ type: 'text' })
  status!: 'pending' | 'cleared';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;
}
