import nodemailer, { type Transporter } from 'nodemailer';
import type { OutgoingMail } from './outgoing-mail.js';
import { Mailer } from './mailer.js';

/** Sends through the SMTP server of `SMTP_URL` with nodemailer (its options, e.g. `?pool=true`, may ride in the URL). */
export class SmtpMailer extends Mailer {
  private readonly transport: Transporter;
  private readonly messageIdDomain: string;

  constructor(
    private readonly smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = nodemailer.createTransport(smtpUrl);
    this.messageIdDomain = from.split('@')[1] ?? 'localhost';
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      // The same reminder to the same person always has the same Message-ID, so a mail system that
      // de-duplicates can drop a copy should one ever leave twice.
      messageId: `<${mail.reminderKey}.${mail.recipientUserId}@${this.messageIdDomain}>`,
      headers: { 'X-Reminder-Key': mail.reminderKey },
    });
  }

  describe(): string {
    const url = new URL(this.smtpUrl);
    return `reminder e-mails are sent through ${url.protocol}//${url.host} from ${this.from}`;
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
