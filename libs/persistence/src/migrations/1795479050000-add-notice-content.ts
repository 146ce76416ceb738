import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice keeps what it said when it was issued (the `NoticeContent` of libs/notices: the
 * case's figures, names and dates at that moment), so its document never changes when the
 * case does. Notices issued before this migration have no content: '{}'.
 *
 * An issued notice is an official act: the application may add notices but neither rewrite
 * nor delete one.
 */
export class AddNoticeContent1795479050000 implements MigrationInterface {
  name = 'AddNoticeContent1795479050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notice ADD COLUMN content jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(content) = 'object')`);
    await queryRunner.query(`ALTER TABLE notice ALTER COLUMN content DROP DEFAULT`);
    await queryRunner.query(`REVOKE UPDATE, DELETE ON notice FROM grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT UPDATE, DELETE ON notice TO grants_app`);
    await queryRunner.query(`ALTER TABLE notice DROP COLUMN content`);
  }
}
