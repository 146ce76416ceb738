import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenTransformer } from './yen.transformer.js';

/** Money paid to the organization (前金払, 精算払) or paid back by it (返還), as finance recorded it. */
@Entity({ name: 'money_movement' })
export class MoneyMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: 'payment' | 'refund';

  /** 前金払, 概算払 or 精算払 for a payment; `refund` for a refund. */
  @Column({ name: 'payment_kind', type: 'text' })
  paymentKind!: 'prepayment' | 'estimatedPayment' | 'finalPayment' | 'refund';

  @Column({ type: 'bigint', transformer: yenTransformer })
  amount!: number;

  /** The Tokyo business date the money moved, YYYY-MM-DD. */
  @Column({ name: 'moved_on', type: 'date' })
  movedOn!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'audit_sequence', type: 'integer' })
  auditSequence!: number;
}
