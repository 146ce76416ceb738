import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { PollingLoop } from '#libs/outbox';
import { UnitOfWork } from '#libs/persistence';
import { Mailer } from './mailer.js';
import { claimPendingEmails, markEmailRefused, markEmailsSent } from './pending-email.repository.js';

/** How often a refused e-mail is tried again, and how long apart (times the attempts made). */
const RETRY = { maxAttempts: 5, retryAfterSeconds: 30 };

/**
 * Sends the e-mails left pending (news of a case), a batch at a time over the worker's one
 * mailer, and marks those sent in one statement. Each was claimed and committed first, so none
 * leaves twice; one the server refused waits and is tried again.
 */
@Injectable()
export class PendingEmailSender {
  private readonly logger = new Logger('Mail');
  private readonly loop: PollingLoop;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {
    this.loop = new PollingLoop('Mail', () => this.sendBatch(), { batchSize: config.outboxBatchSize, pollMs: config.outboxPollMs });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Claims, sends and marks one batch; answers how many it claimed. */
  async sendBatch(): Promise<number> {
    const claimed = await this.unitOfWork.run((manager) => claimPendingEmails(manager, this.config.outboxBatchSize));
    const sent: string[] = [];
    for (const email of claimed) {
      try {
        await this.mailer.send({ to: email.to, subject: email.subject, text: email.body, reminderKey: email.key, recipientUserId: email.userId });
        sent.push(email.deliveryId);
      } catch (caught) {
        const error = caught instanceof Error ? caught.message : String(caught);
        this.logger.warn({ msg: `${email.key}: e-mail to ${email.userId} refused (attempt ${email.attempts})`, err: error });
        await this.unitOfWork.run((manager) => markEmailRefused(manager, email.deliveryId, error, RETRY));
      }
    }
    await this.unitOfWork.run((manager) => markEmailsSent(manager, sent));
    return claimed.length;
  }
}
