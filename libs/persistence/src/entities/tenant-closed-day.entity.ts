import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A day the municipality's offices are closed besides weekends, holidays and 年末年始: deadlines move off it. */
@Entity({ name: 'tenant_closed_day' })
export class TenantClosedDayEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @PrimaryColumn({ name: 'closed_on', type: 'date' })
  closedOn!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
