import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { yenTransformer } from './yen.transformer.js';

/** A case: its lifecycle snapshot, and the columns lists and filters read. */
@Entity({ name: 'grant_case' })
export class GrantCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'program_version_id', type: 'uuid' })
  programVersionId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** e.g. R7-協働支援-0012; given at 受理, gap-free per tenant, fiscal year and program. */
  @Column({ name: 'case_number', type: 'text', nullable: true })
  caseNumber!: string | null;

  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  /** The state code, e.g. `application.submitted`. */
  @Column({ type: 'text' })
  state!: string;

  /** The stored snapshot of the lifecycle machine (without the program). */
  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  @Column({ name: 'machine_version', type: 'integer' })
  machineVersion!: number;

  /** Optimistic concurrency: what a client's If-Match must carry. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'requested_amount', type: 'bigint', nullable: true, transformer: yenTransformer })
  requestedAmount!: number | null;

  @Column({ name: 'decided_amount', type: 'bigint', nullable: true, transformer: yenTransformer })
  decidedAmount!: number | null;

  @Column({ name: 'confirmed_amount', type: 'bigint', nullable: true, transformer: yenTransformer })
  confirmedAmount!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
