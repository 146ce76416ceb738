import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/persistence';
import { claimEmailDelivery, markDeliveryFailed, markDeliverySent } from './delivery.repository.js';
import { Mailer } from './mailer.js';

/** 'sent' now, 'not-mine' when already sent or on its way, or the error of a failed attempt. */
type EmailOutcome = 'sent' | 'not-mine' | Error;

/**
 * Sends the e-mail of one delivery key (a reminder's, a fiscal-year close report's) to one user
 * at most once: the delivery row is claimed and committed first, then marked sent or failed.
 */
@Injectable()
export class EmailDelivery {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
  ) {}

  async sendOnce(
    key: string,
    tenantId: string,
    recipient: { userId: string; email: string },
    message: { subject: string; body: string },
  ): Promise<EmailOutcome> {
    // Committed before sending: a crash from here on leaves the row 'sending' and the e-mail is never sent again.
    const deliveryId = await this.unitOfWork.run((manager) => claimEmailDelivery(manager, { tenantId, reminderKey: key, userId: recipient.userId }));
    if (deliveryId === null) return 'not-mine';
    try {
      await this.mailer.send({ to: recipient.email, subject: message.subject, text: message.body, reminderKey: key, recipientUserId: recipient.userId });
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      await this.unitOfWork.run((manager) => markDeliveryFailed(manager, deliveryId, error.message));
      return error;
    }
    await this.unitOfWork.run((manager) => markDeliverySent(manager, deliveryId));
    return 'sent';
  }
}
