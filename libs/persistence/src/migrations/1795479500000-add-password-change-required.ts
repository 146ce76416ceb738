import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an administrator reset is a one-time one: until its owner sets one of their own,
 * their session opens only the routes that change it (and read who they are, and log out).
 */
export class AddPasswordChangeRequired1795479500000 implements MigrationInterface {
  name = 'AddPasswordChangeRequired1795479500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN password_change_required`);
  }
}
