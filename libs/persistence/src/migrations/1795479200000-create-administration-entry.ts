import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrators' audit trail: programs and their versions, organizations and their
 * members, users, sign-outs and closed days, one entry per change, hash-chained per tenant
 * (gap-free `sequence`), beside the per-case `audit_entry`. Append-only like it: triggers
 * refuse UPDATE, DELETE and TRUNCATE whoever connects, and the application role may only
 * read and insert.
 *
 * `subject_id` is text because subjects are named differently (a user's uuid, a program's
 * code, a closed day's date). The actor has no foreign key to app_user: an append holds the
 * tenant's trail lock, and the key check would wait for an administrator editing the actor's
 * row, who in turn waits for that lock (a deadlock). The hash covers the actor instead.
 */
export class CreateAdministrationEntry1795479200000 implements MigrationInterface {
  name = 'CreateAdministrationEntry1795479200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE administration_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        sequence integer NOT NULL CHECK (sequence >= 1),
        actor_user_id uuid NOT NULL,
        actor_role text NOT NULL CHECK (length(actor_role) > 0),
        action text NOT NULL CHECK (action ~ '^[a-z][A-Za-z]*\\.[a-z][A-Za-z]*$'),
        subject_type text NOT NULL CHECK (length(subject_type) > 0),
        subject_id text NOT NULL CHECK (length(subject_id) > 0),
        payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
        occurred_at timestamptz NOT NULL,
        previous_hash text,
        hash text NOT NULL,
        UNIQUE (tenant_id, sequence),
        CHECK ((sequence = 1) = (previous_hash IS NULL))
      )`);
    // GET /admin/audit/administration?action=… reads one action newest first.
    await queryRunner.query(`CREATE INDEX administration_entry_action_idx ON administration_entry (tenant_id, action, sequence)`);

    await queryRunner.query(`
      CREATE FUNCTION refuse_administration_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'administration_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER administration_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON administration_entry
      FOR EACH ROW EXECUTE FUNCTION refuse_administration_entry_change()`);
    await queryRunner.query(`
      CREATE TRIGGER administration_entry_no_truncate BEFORE TRUNCATE ON administration_entry
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_administration_entry_change()`);

    await queryRunner.query(`GRANT SELECT, INSERT ON administration_entry TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE administration_entry');
    await queryRunner.query('DROP FUNCTION refuse_administration_entry_change()');
  }
}
