import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list shows a tenant's cases newest first (`created_at DESC, id DESC`, the keyset of its
 * cursor). Without an index in that order PostgreSQL read and sorted every case of the tenant for
 * each page (docs/benchmarks.md, "Case list in the browser"); with it a page walks the index from
 * its cursor and stops once the page is full.
 */
export class AddCaseListOrderIndex1795479600000 implements MigrationInterface {
  name = 'AddCaseListOrderIndex1795479600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX grant_case_tenant_created_idx ON grant_case (tenant_id, created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX grant_case_tenant_created_idx`);
  }
}
