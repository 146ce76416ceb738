import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * News of a case (issue 15): a notification of kind 'caseNews' is about a case and no deadline;
 * its e-mail is a delivery row written 'pending' with the notification whose text it sends, which
 * the mail sender claims in batches, and which waits `not_before` after a refusal.
 */
export class AddCaseNews1795479700000 implements MigrationInterface {
  name = 'AddCaseNews1795479700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('reminder', 'escalation', 'fiscalYearClose', 'caseNews'))`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_about_check`);
    await queryRunner.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_about_check CHECK (
        CASE kind WHEN 'fiscalYearClose' THEN case_id IS NULL AND deadline_id IS NULL
                  WHEN 'caseNews' THEN case_id IS NOT NULL AND deadline_id IS NULL
                  ELSE case_id IS NOT NULL AND deadline_id IS NOT NULL END
      )`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('pending', 'sending', 'sent', 'failed'))`);
    await queryRunner.query(`ALTER TABLE delivery ADD COLUMN notification_id uuid REFERENCES notification (id), ADD COLUMN not_before timestamptz`);
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_pending_check CHECK (status <> 'pending' OR (channel = 'email' AND notification_id IS NOT NULL))`);
    await queryRunner.query(`CREATE INDEX delivery_pending_email_idx ON delivery (id) WHERE status = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM delivery WHERE notification_id IN (SELECT id FROM notification WHERE kind = 'caseNews')`);
    await queryRunner.query(`DELETE FROM notification WHERE kind = 'caseNews'`);
    await queryRunner.query(`DROP INDEX delivery_pending_email_idx`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_pending_check`);
    await queryRunner.query(`ALTER TABLE delivery DROP COLUMN notification_id, DROP COLUMN not_before`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('sending', 'sent', 'failed'))`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_about_check`);
    await queryRunner.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_about_check CHECK (
        CASE WHEN kind = 'fiscalYearClose' THEN case_id IS NULL AND deadline_id IS NULL
             ELSE case_id IS NOT NULL AND deadline_id IS NOT NULL END
      )`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('reminder', 'escalation', 'fiscalYearClose'))`);
  }
}
