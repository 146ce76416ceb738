import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each person wants to hear (issue 15): per kind of message, e-mail as well or in the app
 * only (in the app always), and e-mails gathered into one a day instead of one each. No row: every
 * kind by e-mail, one each. `version` refuses a change made on a stale copy (another device).
 * A digest's e-mails are delivery rows 'held' until their hour.
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
    // A digest's e-mails are held until its hour (not_before), then claimed together.
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('pending', 'held', 'sending', 'sent', 'failed'))`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_pending_check`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT delivery_pending_check CHECK (status NOT IN ('pending', 'held') OR (channel = 'email' AND notification_id IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_held_check CHECK (status <> 'held' OR not_before IS NOT NULL)`);
    await queryRunner.query(`CREATE INDEX delivery_held_email_idx ON delivery (not_before) WHERE status = 'held'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE delivery SET status = 'pending' WHERE status = 'held'`);
    await queryRunner.query(`DROP INDEX delivery_held_email_idx`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_held_check`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_pending_check`);
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_pending_check CHECK (status <> 'pending' OR (channel = 'email' AND notification_id IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await queryRunner.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('pending', 'sending', 'sent', 'failed'))`);
    await queryRunner.query(`DROP TABLE notification_setting`);
  }
}
