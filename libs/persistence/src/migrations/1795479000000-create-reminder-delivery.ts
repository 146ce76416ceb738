import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the reminder worker sends: in-app notifications users read and mark as read, and one
 * delivery row per (reminder, recipient, channel), written and committed before the message
 * leaves, so a retried or re-delivered job finds it and sends nothing twice.
 */
export class CreateReminderDelivery1795479000000 implements MigrationInterface {
  name = 'CreateReminderDelivery1795479000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Lets a notification reference its deadline together with the tenant.
    await queryRunner.query(`ALTER TABLE deadline ADD CONSTRAINT deadline_tenant_id_key UNIQUE (tenant_id, id)`);

    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        case_id uuid NOT NULL,
        deadline_id uuid NOT NULL,
        -- The reminder it was sent for (its BullMQ job id): the same reminder never shows twice.
        reminder_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('reminder', 'escalation')),
        subject text NOT NULL CHECK (length(subject) > 0),
        body text NOT NULL CHECK (length(body) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (reminder_key, user_id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id),
        FOREIGN KEY (tenant_id, case_id) REFERENCES grant_case (tenant_id, id),
        FOREIGN KEY (tenant_id, deadline_id) REFERENCES deadline (tenant_id, id)
      )`);
    await queryRunner.query(`CREATE INDEX notification_user_newest_idx ON notification (user_id, created_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE delivery (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant_id uuid NOT NULL,
        reminder_key text NOT NULL CHECK (length(reminder_key) > 0),
        recipient_user_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('in_app', 'email')),
        -- sending: claimed and committed, the message may be on its way; sent: it left; failed: it did not.
        status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        UNIQUE (reminder_key, recipient_user_id, channel),
        FOREIGN KEY (tenant_id, recipient_user_id) REFERENCES app_user (tenant_id, id),
        CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    // What an operator looks at: deliveries that did not end as sent.
    await queryRunner.query(`CREATE INDEX delivery_unsent_idx ON delivery (created_at) WHERE status <> 'sent'`);

    // The reconciler finds when each deadline was scheduled: the relay's publication of it.
    await queryRunner.query(`
      CREATE INDEX outbox_deadline_scheduled_idx ON outbox ((payload->>'deadlineId'))
      WHERE topic = 'deadline.scheduled'`);

    await queryRunner.query(`GRANT SELECT, INSERT ON notification TO grants_app`);
    await queryRunner.query(`GRANT UPDATE (read_at) ON notification TO grants_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON delivery TO grants_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX outbox_deadline_scheduled_idx');
    await queryRunner.query('DROP TABLE delivery');
    await queryRunner.query('DROP TABLE notification');
    await queryRunner.query('ALTER TABLE deadline DROP CONSTRAINT deadline_tenant_id_key');
  }
}
