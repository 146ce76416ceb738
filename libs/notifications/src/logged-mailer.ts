import { Logger } from '@nestjs/common';
import type { OutgoingMail } from './outgoing-mail.js';
import { Mailer } from './mailer.js';

/** Without SMTP_URL (`npm start` on a laptop): each e-mail is written to the log as JSON instead of being sent. */
export class LoggedMailer extends Mailer {
  private readonly logger = new Logger('ReminderMail');

  constructor(private readonly from: string) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    this.logger.log({ msg: 'reminder e-mail logged, not sent (SMTP_URL is not set)', email: { from: this.from, ...mail } });
  }

  describe(): string {
    return 'SMTP_URL is not set: reminder e-mails are logged as JSON, not sent';
  }

  async close(): Promise<void> {}
}
