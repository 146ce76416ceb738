import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A municipality's own closed days (臨時休業, 庁舎閉庁日) beyond weekends, holidays and 年末年始. */
export class CreateTenantClosedDay1795478700000 implements MigrationInterface {
  name = 'CreateTenantClosedDay1795478700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tenant_closed_day (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        closed_on date NOT NULL,
        reason text NOT NULL CHECK (length(reason) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, closed_on)
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_closed_day TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE tenant_closed_day');
  }
}
