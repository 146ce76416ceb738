import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An official notice issued on a case (受理, 交付決定通知書 …), numbered, dated, and never changed once issued. */
@Entity({ name: 'notice' })
export class NoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** A NoticeKind of the lifecycle lib. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'notice_number', type: 'text' })
  noticeNumber!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  /** What the notice said when issued: a versioned NoticeContent of the notices lib ('{}' before it existed). */
  @Column({ type: 'jsonb' })
  content!: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
