import { Injectable, Logger } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { Clock } from '#libs/clock';
import { AppConfig } from '#libs/config';
import { PollingLoop } from '#libs/outbox';
import { UnitOfWork } from '#libs/persistence';
import { dailyDigestMessage } from './daily-digest.js';
import { claimDueDigests, holdDigestAgain } from './daily-digest.repository.js';
import { Mailer } from './mailer.js';
import { markEmailsSent } from './pending-email.repository.js';

/** People whose digest one batch sends. */
const PEOPLE_PER_BATCH = 50;
const RETRY_AFTER_MS = 60_000;

/**
 * Sends the daily digest of those who chose one: at the hour their held e-mails were set to
 * (REMINDER_HOUR, Asia/Tokyo), one e-mail per person with every message since the last, the
 * e-mails' rows then marked sent together. A refused digest is held again for a minute.
 */
@Injectable()
export class DailyDigestSender {
  private readonly logger = new Logger('Digest');
  private readonly loop: PollingLoop;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.loop = new PollingLoop('Digest', () => this.sendBatch(), { batchSize: PEOPLE_PER_BATCH, pollMs: config.outboxPollMs });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Sends the digests due now; answers how many people's it claimed. */
  async sendBatch(): Promise<number> {
    const now = this.clock.now();
    const due = await this.unitOfWork.run((manager) => claimDueDigests(manager, now, PEOPLE_PER_BATCH));
    for (const digest of due) {
      const on = tokyoDateOf(now);
      const message = dailyDigestMessage(digest, on, digest.items.map(withoutGreeting));
      try {
        await this.mailer.send({ to: digest.email, subject: message.subject, text: message.body, reminderKey: `digest-${digest.userId}-${on}`, recipientUserId: digest.userId });
        await this.unitOfWork.run((manager) => markEmailsSent(manager, digest.deliveryIds));
      } catch (caught) {
        const error = caught instanceof Error ? caught.message : String(caught);
        this.logger.warn({ msg: `digest to ${digest.userId} refused`, err: error });
        await this.unitOfWork.run((manager) => holdDigestAgain(manager, digest.deliveryIds, new Date(now.getTime() + RETRY_AFTER_MS), error));
      }
    }
    return due.length;
  }
}

/** A message's own 「… 様」 line goes: the digest greets the person once. */
function withoutGreeting(item: { subject: string; body: string }): { subject: string; body: string } {
  return { subject: item.subject, body: item.body.replace(/^[^\n]* 様\n\n/, '') };
}
