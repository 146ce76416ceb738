import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organization_member' })
export class OrganizationMemberEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;
}
