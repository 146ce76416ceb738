import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations, users, versioned programs, cases and what one event writes with the case:
 * the audit trail (append-only, enforced here), deadlines, notices and the outbox.
 * Every row carries its tenant, and cross-table references include it, so a row of one
 * municipality can never point at another's.
 */
export class CreateCaseRecords1795478500000 implements MigrationInterface {
  name = 'CreateCaseRecords1795478500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        name text NOT NULL CHECK (length(name) > 0),
        type text NOT NULL,
        area text NOT NULL CHECK (length(area) > 0),
        population integer CHECK (population >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, id)
      )`);

    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        email text NOT NULL CHECK (email LIKE '%_@_%'),
        display_name text NOT NULL CHECK (length(display_name) > 0),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin')),
        liaison_areas text[] NOT NULL DEFAULT '{}',
        -- Raised by logout (and by an admin): tokens issued under an older epoch stop working.
        session_epoch integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, id)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (tenant_id, lower(email))`);

    await queryRunner.query(`
      CREATE TABLE organization_member (
        tenant_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        PRIMARY KEY (organization_id, user_id),
        FOREIGN KEY (tenant_id, organization_id) REFERENCES organization (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id)
      )`);
    await queryRunner.query(`CREATE INDEX organization_member_user_idx ON organization_member (user_id)`);

    await queryRunner.query(`
      CREATE TABLE program_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        code text NOT NULL CHECK (length(code) > 0),
        version integer NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, code, version),
        UNIQUE (tenant_id, id)
      )`);

    await queryRunner.query(`
      CREATE TABLE grant_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        program_version_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        case_number text,
        fiscal_year integer NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version integer NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        requested_amount bigint CHECK (requested_amount >= 0),
        decided_amount bigint CHECK (decided_amount >= 0),
        confirmed_amount bigint CHECK (confirmed_amount >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, id),
        UNIQUE (tenant_id, case_number),
        FOREIGN KEY (tenant_id, program_version_id) REFERENCES program_version (tenant_id, id),
        FOREIGN KEY (tenant_id, organization_id) REFERENCES organization (tenant_id, id)
      )`);
    await queryRunner.query(`CREATE INDEX grant_case_tenant_state_idx ON grant_case (tenant_id, state)`);
    await queryRunner.query(`CREATE INDEX grant_case_organization_idx ON grant_case (organization_id)`);
    await queryRunner.query(`CREATE INDEX grant_case_tenant_year_idx ON grant_case (tenant_id, fiscal_year, id)`);

    // Gap-free numbers (case numbers, notice numbers): one row per scope, locked by the transaction that takes the next.
    await queryRunner.query(`
      CREATE TABLE number_sequence (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        scope text NOT NULL,
        last_value integer NOT NULL CHECK (last_value >= 1),
        PRIMARY KEY (tenant_id, scope)
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        sequence integer NOT NULL CHECK (sequence >= 1),
        actor_user_id uuid NOT NULL,
        actor_role text NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        state_before text,
        state_after text NOT NULL,
        occurred_at timestamptz NOT NULL,
        previous_hash text,
        hash text NOT NULL,
        UNIQUE (case_id, sequence),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        CHECK ((sequence = 1) = (previous_hash IS NULL))
      )`);
    // The trail is append-only in the database itself, whoever connects.
    await queryRunner.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`);

    await queryRunner.query(`
      CREATE TABLE deadline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        subject text NOT NULL DEFAULT '',
        due_on date NOT NULL,
        due_at timestamptz NOT NULL,
        remind_roles text[] NOT NULL,
        escalate_to text,
        reminder_days_before integer[] NOT NULL,
        escalate_after_days integer NOT NULL CHECK (escalate_after_days >= 0),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'cleared')),
        created_at timestamptz NOT NULL DEFAULT now(),
        cleared_at timestamptz,
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        CHECK ((status = 'cleared') = (cleared_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX deadline_pending_key ON deadline (case_id, kind, subject) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX deadline_pending_due_idx ON deadline (due_at) WHERE status = 'pending'`);

    await queryRunner.query(`
      CREATE TABLE notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        notice_number text NOT NULL,
        issued_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        UNIQUE (tenant_id, kind, notice_number)
      )`);
    await queryRunner.query(`CREATE INDEX notice_case_idx ON notice (case_id)`);

    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        case_id uuid,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        user_id uuid NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        request_fingerprint text NOT NULL,
        response_status integer NOT NULL,
        response_body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, user_id, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['idempotency_key', 'outbox', 'notice', 'deadline', 'audit_entry', 'number_sequence', 'grant_case', 'program_version', 'organization_member', 'app_user', 'organization']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query('DROP FUNCTION refuse_audit_change()');
  }
}
