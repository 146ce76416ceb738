import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A program as it stood in one version; a case keeps the version it was filed under. */
@Entity({ name: 'program_version' })
export class ProgramVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** The Program of the programs lib, validated before it is stored. */
  @Column({ type: 'jsonb' })
  definition!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
