import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A local account. One role per account: the role is what the audit trail records for each act. */
@Entity({ name: 'app_user' })
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** Argon2id hash; never leaves the server. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: string;

  /** For area liaison officers (地域担当職員): the areas whose cases they see. Empty: all of the tenant's. */
  @Column({ name: 'liaison_areas', type: 'text', array: true, default: () => "'{}'" })
  liaisonAreas!: string[];

  /** Tokens carry the epoch they were issued under; logout raises it. */
  @Column({ name: 'session_epoch', type: 'integer', default: 0 })
  sessionEpoch!: number;

  /** Set by an administrator's reset: the password is a one-time one its owner must replace. */
  @Column({ name: 'password_change_required', type: 'boolean', default: false })
  passwordChangeRequired!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
