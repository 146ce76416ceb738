import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the application acts as (`DATABASE_ROLE`, default grants_app): full use of the
 * case tables, but only SELECT and INSERT on the audit trail, so not even a bug or an
 * injected statement in the application can rewrite history. The triggers refuse it too;
 * privileges make it a refusal before any trigger runs.
 *
 * Roles belong to the cluster, not the database, so it is created only when missing and
 * never dropped here. The login role in DATABASE_URL must be a member of it
 * (GRANT grants_app TO <login>); the migration's own connection owns the tables.
 */
export class CreateApplicationRole1795478600000 implements MigrationInterface {
  name = 'CreateApplicationRole1795478600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'grants_app') THEN
          CREATE ROLE grants_app NOLOGIN;
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO grants_app`);
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON
        tenant, organization, app_user, organization_member, program_version, grant_case,
        number_sequence, deadline, notice, outbox, idempotency_key
      TO grants_app`);
    await queryRunner.query(`GRANT SELECT ON migrations TO grants_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_entry TO grants_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM grants_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM grants_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM grants_app`);
  }
}
