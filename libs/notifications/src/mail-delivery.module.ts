import { Module } from '@nestjs/common';
import { Clock } from '#libs/clock';
import { AppConfig } from '#libs/config';
import { DailyDigestSender } from './daily-digest-sender.service.js';
import { EmailDelivery } from './email-delivery.service.js';
import { LoggedMailer } from './logged-mailer.js';
import { Mailer } from './mailer.js';
import { PendingEmailSender } from './pending-email-sender.service.js';
import { SmtpMailer } from './smtp-mailer.js';

/**
 * The worker's one mailer (SMTP when SMTP_URL is set, else the log) and the once-only e-mail
 * delivery every sender goes through: reminders, the fiscal-year close report, news of a case;
 * the senders of pending e-mails and of daily digests. `Clock` is here to be replaced in tests.
 */
@Module({
  providers: [
    {
      provide: Mailer,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new LoggedMailer(config.mailFrom)),
    },
    Clock,
    EmailDelivery,
    PendingEmailSender,
    DailyDigestSender,
  ],
  exports: [Mailer, EmailDelivery, PendingEmailSender, DailyDigestSender],
})
export class MailDeliveryModule {}
