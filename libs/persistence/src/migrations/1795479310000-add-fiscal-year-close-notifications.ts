import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications of the fiscal-year close report (未精算案件のお知らせ): about many cases of
 * a municipality at once, so about no one case or deadline. A reminder or an escalation still
 * names both. Its deliveries use the `delivery` table as they are, under the report's key.
 */
export class AddFiscalYearCloseNotifications1795479310000 implements MigrationInterface {
  name = 'AddFiscalYearCloseNotifications1795479310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification ALTER COLUMN case_id DROP NOT NULL, ALTER COLUMN deadline_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('reminder', 'escalation', 'fiscalYearClose'))`);
    await queryRunner.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_about_check CHECK (
        CASE WHEN kind = 'fiscalYearClose' THEN case_id IS NULL AND deadline_id IS NULL
             ELSE case_id IS NOT NULL AND deadline_id IS NOT NULL END
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind = 'fiscalYearClose'`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_about_check`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('reminder', 'escalation'))`);
    await queryRunner.query(`ALTER TABLE notification ALTER COLUMN case_id SET NOT NULL, ALTER COLUMN deadline_id SET NOT NULL`);
  }
}
