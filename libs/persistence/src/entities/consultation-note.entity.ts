import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A note of the consultation (相談記録), or the officer's summary that concludes it. */
@Entity({ name: 'consultation_note' })
export class ConsultationNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** The author's role when they wrote it. */
  @Column({ name: 'author_role', type: 'text' })
  authorRole!: string;

  @Column({ type: 'text' })
  kind!: 'note' | 'summary';

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;

  @Column({ name: 'audit_sequence', type: 'integer' })
  auditSequence!: number;
}
