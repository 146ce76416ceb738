import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An applicant organization (地域協働体, 町内会・自治会, NPO …) of one tenant. */
@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** An OrganizationType of the programs lib. */
  @Column({ type: 'text' })
  type!: string;

  /** The area (地区) it serves; liaison officers are scoped by it. */
  @Column({ type: 'text' })
  area!: string;

  /** The area's population, for 地域割. */
  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
