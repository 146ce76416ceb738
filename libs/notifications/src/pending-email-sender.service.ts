import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { PollingLoop } from '#libs/outbox';
import { UnitOfWork } from '#libs/persistence';
import { Mailer } from './mailer.js';
import { type ClaimedEmail, claimPendingEmails, markEmailRefused, markEmailsSent } from './pending-email.repository.js';

/** How often a refused e-mail is tried again, and how long apart (times the attempts made). */
const RETRY = { maxAttempts: 5, retryAfterSeconds: 30 };
/** E-mails claimed and sent together: the most a killed worker leaves in doubt (claimed, never known to be sent). */
const IN_FLIGHT = 5;

/**
 * Sends the e-mails left pending (news of a case) over the worker's one mailer. Each was claimed
 * and committed first, so none leaves twice; one the server refused waits and is tried again.
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

  /**
   * Sends up to a batch, `IN_FLIGHT` at a time: each group is claimed (committed) just before its
   * e-mails leave together and marked sent in one statement once the server took them, so a
   * worker killed mid-batch leaves at most one group in doubt and the rest pending for the next.
   */
  async sendBatch(): Promise<number> {
    let claimedInBatch = 0;
    while (claimedInBatch < this.config.outboxBatchSize) {
      const group = await this.unitOfWork.run((manager) => claimPendingEmails(manager, Math.min(IN_FLIGHT, this.config.outboxBatchSize - claimedInBatch)));
      if (group.length === 0) break;
      claimedInBatch += group.length;
      const outcomes = await Promise.all(group.map((email) => this.sendOne(email)));
      await this.unitOfWork.run((manager) => markEmailsSent(manager, group.filter((_, index) => outcomes[index]).map((email) => email.deliveryId)));
    }
    return claimedInBatch;
  }

  /** True when the server took it; a refusal is recorded for a later try. */
  private async sendOne(email: ClaimedEmail): Promise<boolean> {
    try {
      await this.mailer.send({ to: email.to, subject: email.subject, text: email.body, reminderKey: email.key, recipientUserId: email.userId });
      return true;
    } catch (caught) {
      const error = caught instanceof Error ? caught.message : String(caught);
      this.logger.warn({ msg: `${email.key}: e-mail to ${email.userId} refused (attempt ${email.attempts})`, err: error });
      await this.unitOfWork.run((manager) => markEmailRefused(manager, email.deliveryId, error, RETRY));
      return false;
    }
  }
}
