import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each payment reached the organization (前金払, 概算払, 精算払) beside the refunds (返還),
 * as finance now records it. Rows written before finance gave the kind take what the case's
 * trail says: a payment after the case's 額の確定 is a 精算払, one before it a 前金払.
 */
export class AddPaymentKind1795479400000 implements MigrationInterface {
  name = 'AddPaymentKind1795479400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE money_movement ADD COLUMN payment_kind text`);
    await queryRunner.query(`
      UPDATE money_movement m SET payment_kind = CASE
        WHEN m.kind = 'refund' THEN 'refund'
        WHEN EXISTS (SELECT 1 FROM audit_entry a
                      WHERE a.case_id = m.case_id AND a.event_type = 'CONFIRM_AMOUNT' AND a.sequence < m.audit_sequence) THEN 'finalPayment'
        ELSE 'prepayment' END`);
    await queryRunner.query(`ALTER TABLE money_movement ALTER COLUMN payment_kind SET NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE money_movement ADD CONSTRAINT money_movement_payment_kind_check CHECK (
        CASE WHEN kind = 'refund' THEN payment_kind = 'refund'
             ELSE payment_kind IN ('prepayment', 'estimatedPayment', 'finalPayment') END
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE money_movement DROP COLUMN payment_kind`);
  }
}
