import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments of a case (添付書類): the metadata of files kept on disk under ATTACHMENTS_DIR.
 * A file is never overwritten: a newer version is a new row that names the one it supersedes,
 * of the same case and document kind (enforced by the foreign key), and each row is superseded
 * at most once, so the versions of a document form a single line. Rows are never rewritten:
 * the application role may only read and insert, and triggers refuse changes from anyone.
 */
export class CreateAttachment1795478800000 implements MigrationInterface {
  name = 'CreateAttachment1795478800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        document_kind text NOT NULL CHECK (length(document_kind) > 0),
        -- As sent, cleaned for display only; never part of a path.
        original_name text NOT NULL CHECK (octet_length(original_name) BETWEEN 1 AND 255),
        media_type text NOT NULL CHECK (media_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        -- Server-made: <tenant>/<case>/<attachment id>.
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL,
        supersedes_id uuid UNIQUE CHECK (supersedes_id <> id),
        -- Breaks ties of uploaded_at (an injected clock may give several uploads one instant).
        upload_seq bigint GENERATED ALWAYS AS IDENTITY,
        UNIQUE (tenant_id, case_id, document_kind, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        FOREIGN KEY (tenant_id, uploaded_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id, document_kind, supersedes_id) REFERENCES attachment (tenant_id, case_id, document_kind, id)
      )`);
    await queryRunner.query(`CREATE INDEX attachment_case_idx ON attachment (case_id, uploaded_at DESC, upload_seq DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_attachment_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'attachment rows are never rewritten: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER attachment_no_update_or_delete BEFORE UPDATE OR DELETE ON attachment
      FOR EACH ROW EXECUTE FUNCTION refuse_attachment_change()`);
    await queryRunner.query(`
      CREATE TRIGGER attachment_no_truncate BEFORE TRUNCATE ON attachment
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_attachment_change()`);
    await queryRunner.query(`GRANT SELECT, INSERT ON attachment TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE attachment');
    await queryRunner.query('DROP FUNCTION refuse_attachment_change()');
  }
}
