import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reviewer's scores and comment on a case (審査), or their declaration of a conflict of interest (利益相反); one per reviewer. */
@Entity({ name: 'review' })
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @Column({ type: 'text' })
  kind!: 'review' | 'conflict';

  /** Per criterion of the program's rubric; null on a conflict declaration. */
  @Column({ type: 'jsonb', nullable: true })
  scores!: Array<{ criterion: string; score: number }> | null;

  /** May be empty on a review; null on a conflict declaration. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'conflict_reason', type: 'text', nullable: true })
  conflictReason!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'audit_sequence', type: 'integer' })
  auditSequence!: number;
}
