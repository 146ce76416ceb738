import type { OutgoingMail } from './outgoing-mail.js';

/**
 * Where e-mails go (reminders, the fiscal-year close report, news of a case). Resolves once the server accepted the message; rejects when it
 * did not (the delivery is then marked failed and may be claimed again).
 */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;

  /** One line for the start-up log: where e-mails go. */
  abstract describe(): string;

  abstract close(): Promise<void>;
}
