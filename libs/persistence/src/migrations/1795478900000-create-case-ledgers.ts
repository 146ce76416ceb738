import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case's records as tables, beside the snapshot and the audit payloads that carried them
 * until now: expense lines (収支予算書 and 収支決算書, by revision), payments and refunds,
 * consultation notes, and reviews. Each row is written by one accepted event in the event's
 * transaction and names that event's audit entry (`audit_sequence`), which must exist.
 * Rows are never changed: a new plan or report is a new revision, so the application role
 * may only read and insert them.
 */
export class CreateCaseLedgers1795478900000 implements MigrationInterface {
  name = 'CreateCaseLedgers1795478900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE expense_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        phase text NOT NULL CHECK (phase IN ('planned', 'actual')),
        -- 1 for the first filing (or report), one more for each resubmission or change of it.
        revision integer NOT NULL CHECK (revision >= 1),
        -- The line's index in the list the event carried, from 0.
        position integer NOT NULL CHECK (position >= 0),
        category text NOT NULL CHECK (length(category) > 0),
        amount bigint NOT NULL CHECK (amount >= 0),
        audit_sequence integer NOT NULL CHECK (audit_sequence >= 1),
        UNIQUE (case_id, phase, revision, position),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        FOREIGN KEY (case_id, audit_sequence) REFERENCES audit_entry (case_id, sequence)
      )`);

    await queryRunner.query(`
      CREATE TABLE money_movement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('payment', 'refund')),
        amount bigint NOT NULL CHECK (amount > 0),
        -- The Tokyo business date the money moved (支払日, 返還金の収納日).
        moved_on date NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        audit_sequence integer NOT NULL CHECK (audit_sequence >= 1),
        UNIQUE (case_id, audit_sequence),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        FOREIGN KEY (tenant_id, recorded_by) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (case_id, audit_sequence) REFERENCES audit_entry (case_id, sequence)
      )`);

    await queryRunner.query(`
      CREATE TABLE consultation_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        author_id uuid NOT NULL,
        author_role text NOT NULL CHECK (author_role IN ('applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin')),
        kind text NOT NULL CHECK (kind IN ('note', 'summary')),
        body text NOT NULL CHECK (length(btrim(body)) > 0),
        written_at timestamptz NOT NULL,
        audit_sequence integer NOT NULL CHECK (audit_sequence >= 1),
        UNIQUE (case_id, audit_sequence),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        FOREIGN KEY (tenant_id, author_id) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (case_id, audit_sequence) REFERENCES audit_entry (case_id, sequence)
      )`);

    // One row per reviewer and case: a review, or the declaration that they may not review it (利益相反).
    await queryRunner.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        case_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('review', 'conflict')),
        scores jsonb,
        comment text,
        conflict_reason text,
        submitted_at timestamptz NOT NULL,
        audit_sequence integer NOT NULL CHECK (audit_sequence >= 1),
        UNIQUE (case_id, reviewer_id),
        UNIQUE (case_id, audit_sequence),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        FOREIGN KEY (tenant_id, reviewer_id) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (case_id, audit_sequence) REFERENCES audit_entry (case_id, sequence),
        CONSTRAINT review_scored_or_declared CHECK (
          (kind = 'review' AND jsonb_typeof(scores) = 'array' AND jsonb_array_length(scores) > 0
            AND comment IS NOT NULL AND conflict_reason IS NULL)
          OR (kind = 'conflict' AND scores IS NULL AND comment IS NULL
            AND length(btrim(conflict_reason)) > 0)
        )
      )`);

    await queryRunner.query(`GRANT SELECT, INSERT ON expense_line, money_movement, consultation_note, review TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['review', 'consultation_note', 'money_movement', 'expense_line']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
