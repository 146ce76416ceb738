import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each person wants to hear (issue 15): per kind of message, e-mail as well or in the app
 * only (in the app always), and e-mails gathered into one a day instead of one each. No row: every
 * kind by e-mail, one each. `version` refuses a change made on a stale copy (another device).
 */
export class CreateNotificationSetting1795479800000 implements MigrationInterface {
  name = 'CreateNotificationSetting1795479800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_setting (
        user_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        email_off text[] NOT NULL DEFAULT '{}' CHECK (email_off <@ ARRAY['reminder', 'escalation', 'caseNews', 'fiscalYearClose']::text[]),
        daily_digest boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id)
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON notification_setting TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_setting`);
  }
}
