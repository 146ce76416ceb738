import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenTransformer } from './yen.transformer.js';

/**
 * One line of a case's budget (収支予算書, phase `planned`) or of its settled accounts
 * (収支決算書, phase `actual`). A resubmission, an approved or minor change, or a report sent
 * again writes a whole new revision; earlier revisions stay as they were.
 */
@Entity({ name: 'expense_line' })
export class ExpenseLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  phase!: 'planned' | 'actual';

  /** 1, 2, 3 … per case and phase. */
  @Column({ type: 'integer' })
  revision!: number;

  /** The line's index in the list the event carried, from 0. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'bigint', transformer: yenTransformer })
  amount!: number;

  /** The sequence of the case's audit entry whose event wrote the revision. */
  @Column({ name: 'audit_sequence', type: 'integer' })
  auditSequence!: number;
}
