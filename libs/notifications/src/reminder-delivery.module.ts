import { Module } from '@nestjs/common';
import { Clock } from '#libs/cases';
import { AppConfig } from '#libs/config';
import { EmailDelivery } from './email-delivery.service.js';
import { LoggedMailer } from './logged-mailer.js';
import { OutboxPoller } from './outbox-poller.service.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { ReconcileScheduleKeeper } from './reconcile-schedule-keeper.service.js';
import { ReminderDispatcher } from './reminder-dispatcher.service.js';
import { ReminderMailer } from './reminder-mailer.js';
import { ReminderReconciler } from './reminder-reconciler.service.js';
import { SmtpMailer } from './smtp-mailer.js';

/**
 * The worker's side of reminders: the outbox relay, the dispatcher its jobs run, the reconciler
 * and the mailer. Needs the persistence and queue modules; `Clock` is here to be replaced in tests.
 */
@Module({
  providers: [
    Clock,
    {
      provide: ReminderMailer,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new LoggedMailer(config.mailFrom)),
    },
    EmailDelivery,
    OutboxRelay,
    OutboxPoller,
    ReminderDispatcher,
    ReminderReconciler,
    ReconcileScheduleKeeper,
  ],
  exports: [Clock, ReminderMailer, EmailDelivery, OutboxRelay, OutboxPoller, ReminderDispatcher, ReminderReconciler, ReconcileScheduleKeeper],
})
export class ReminderDeliveryModule {}
