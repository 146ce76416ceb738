import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file attached to a case; the bytes live under ATTACHMENTS_DIR. Rows are never updated or deleted. */
@Entity({ name: 'attachment' })
export class AttachmentEntity {
  /** Made by the server before the file is written: the file's name in the store. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** A DocumentKind of the programs lib, e.g. `applicationForm` (交付申請書). */
  @Column({ name: 'document_kind', type: 'text' })
  documentKind!: string;

  /** The name the uploader's file had, cleaned for display; never used as a path. */
  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** SHA-256 of the content, lower-case hex. */
  @Column({ type: 'text' })
  sha256!: string;

  /** `<tenant>/<case>/<id>` under ATTACHMENTS_DIR. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  /** The older version of the same document this one replaces. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  /** Insertion order (an identity column), to order uploads made at one instant. */
  @Column({ name: 'upload_seq', type: 'bigint', insert: false, update: false })
  uploadSeq!: string;
}
