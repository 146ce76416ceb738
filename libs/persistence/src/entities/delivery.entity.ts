import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message of one reminder to one recipient on one channel, claimed before it is sent:
 * unique per (reminder_key, recipient_user_id, channel), so it is never sent twice.
 */
@Entity({ name: 'delivery' })
export class DeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'reminder_key', type: 'text' })
  reminderKey!: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId!: string;

  @Column({ type: 'text' })
  channel!: 'in_app' | 'email';

  /** pending: an e-mail written for the mail sender; held: for a daily digest, until not_before; sending: committed before the message left and not yet confirmed; sent; failed (may be claimed again). */
  @Column({ type: 'text' })
  status!: 'pending' | 'held' | 'sending' | 'sent' | 'failed';

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The notification whose text a pending e-mail sends (news of a case). */
  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId!: string | null;

  /** A refused e-mail is not tried again before this instant. */
  @Column({ name: 'not_before', type: 'timestamptz', nullable: true })
  notBefore!: Date | null;
}
